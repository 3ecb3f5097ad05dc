#include "src/io/json_ref.h"

namespace chainmap {

JsonType JsonRef::TreeType() const {
  switch (tree_->type()) {
    case Tree::value_t::object:
      return JsonType::kObject;
    case Tree::value_t::array:
      return JsonType::kArray;
    case Tree::value_t::string:
      return JsonType::kString;
    case Tree::value_t::boolean:
      return JsonType::kBoolean;
    case Tree::value_t::number_integer:
      return JsonType::kInteger;
    case Tree::value_t::number_unsigned:
      return JsonType::kUnsigned;
    case Tree::value_t::number_float:
      return JsonType::kFloat;
    default:  // null; binary and discarded are not read from a file
      return JsonType::kNull;
  }
}

bool JsonRef::boolean() const { return flat_ ? flat_->at(index_).boolean : tree_->get<bool>(); }

double JsonRef::number() const {
  if (!flat_) return tree_->get<double>();
  const FlatJson::Value& v = flat_->at(index_);
  switch (v.type) {
    case JsonType::kInteger:
      return static_cast<double>(v.integer);
    case JsonType::kUnsigned:
      return static_cast<double>(v.whole);
    default:
      return v.number;
  }
}

long long JsonRef::integer() const {
  if (!flat_) return tree_->get<long long>();
  const FlatJson::Value& v = flat_->at(index_);
  return v.type == JsonType::kUnsigned ? static_cast<long long>(v.whole) : v.integer;
}

std::string_view JsonRef::TreeString() const { return tree_->get_ref<const std::string&>(); }

std::size_t JsonRef::size() const {
  if (flat_) {
    const FlatJson::Value& v = flat_->at(index_);
    return v.type == JsonType::kArray || v.type == JsonType::kObject ? v.length : 0;
  }
  return tree_->is_structured() ? tree_->size() : 0;
}

JsonRef JsonRef::TreeFind(std::string_view key) const {
  if (!tree_ || !tree_->is_object()) return {};
  const auto it = tree_->find(std::string(key));
  return it == tree_->end() ? JsonRef() : JsonRef(&*it);
}

JsonRef JsonRef::operator[](std::size_t i) const {
  for (const JsonRef item : elements())
    if (i-- == 0) return item;
  return {};
}

JsonRef::Elements JsonRef::elements() const {
  Elements out;
  if (!is_array()) return out;
  if (tree_) {
    out.first.tree_ = out.last.tree_ = tree_;
    out.last.at_ = tree_->size();
  } else {
    out.first.flat_ = out.last.flat_ = flat_;
    out.first.flat_at_ = index_ + 1;
    out.last.flat_at_ = flat_->at(index_).next;
  }
  return out;
}

JsonRef::Tree JsonRef::ToTree() const {
  if (tree_) return *tree_;
  const FlatJson::Value& v = flat_->at(index_);
  switch (v.type) {
    case JsonType::kNull:
      return nullptr;
    case JsonType::kBoolean:
      return v.boolean;
    case JsonType::kInteger:
      return v.integer;
    case JsonType::kUnsigned:
      return v.whole;
    case JsonType::kFloat:
      return v.number;
    case JsonType::kString:
      return std::string(string());
    case JsonType::kArray: {
      Tree array = Tree::array();
      for (const JsonRef item : elements()) array.push_back(item.ToTree());
      return array;
    }
    case JsonType::kObject: {
      Tree object = Tree::object();
      ForEachMember([&](std::string_view key, JsonRef value) {
        object.emplace(std::string(key), value.ToTree());
      });
      return object;
    }
  }
  return nullptr;
}

std::string_view JsonRef::NumberText() const {
  if (!flat_ || !is_number()) return {};
  const std::string_view text = flat_->text();
  const std::size_t begin = flat_->at(index_).offset;
  std::size_t end = begin;
  while (end < text.size() &&
         std::string_view("+-.eE0123456789").find(text[end]) != std::string_view::npos)
    ++end;
  return text.substr(begin, end - begin);
}

std::string DescribeJsonType(JsonRef value) {
  switch (value.type()) {
    case JsonType::kObject:
      return "an object";
    case JsonType::kArray:
      return "an array";
    case JsonType::kString:
      return "a string";
    case JsonType::kBoolean:
      return "a boolean";
    case JsonType::kNull:
      return "null";
    default:
      return "a number";
  }
}

}  // namespace chainmap
