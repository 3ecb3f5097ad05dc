#include "src/model/extra.h"

#include <utility>

#include <nlohmann/json.hpp>

namespace chainmap {

Extra::Extra() noexcept = default;

Extra::Extra(nlohmann::ordered_json fields) {
  if (!fields.is_null()) fields_ = std::make_unique<nlohmann::ordered_json>(std::move(fields));
}

Extra::Extra(const Extra& other)
    : fields_(other.fields_ ? std::make_unique<nlohmann::ordered_json>(*other.fields_) : nullptr) {}

Extra::Extra(Extra&& other) noexcept = default;

Extra& Extra::operator=(const Extra& other) {
  if (this != &other) *this = Extra(other);
  return *this;
}

Extra& Extra::operator=(Extra&& other) noexcept = default;

Extra::~Extra() = default;

bool Extra::empty() const noexcept { return !fields_ || fields_->empty(); }

const nlohmann::ordered_json& Extra::json() const {
  static const nlohmann::ordered_json kNull;
  return fields_ ? *fields_ : kNull;
}

bool operator==(const Extra& a, const Extra& b) noexcept { return a.json() == b.json(); }

}  // namespace chainmap
