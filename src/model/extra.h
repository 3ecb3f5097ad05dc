#pragma once

#include <memory>

#include <nlohmann/json_fwd.hpp>

namespace chainmap {

/// Fields a file carries that chainmap does not know; kept so that a round trip loses
/// nothing. A JSON value (an object, as the loader keeps them) held on the heap, or
/// nothing: a million records without unknown fields then hold one null pointer each.
///
/// Only the loader and the saver look inside, so the model's headers name nlohmann/json
/// by its forward declarations alone: the files that include them (most of the project)
/// do not compile the JSON library, nor does clang-tidy walk it for each of them.
/// Copies are deep; compares by value, as the JSON value itself would.
class Extra {
 public:
  Extra() noexcept;
  /// Takes `fields`; a null value keeps nothing (an empty Extra).
  Extra(nlohmann::ordered_json fields);  // NOLINT(google-explicit-constructor): a value
  Extra(const Extra& other);
  Extra(Extra&& other) noexcept;
  Extra& operator=(const Extra& other);
  Extra& operator=(Extra&& other) noexcept;
  ~Extra();

  /// True when there are no unknown fields (nothing held, or an empty object).
  bool empty() const noexcept;
  /// The fields; a null value when nothing is held.
  const nlohmann::ordered_json& json() const;

  friend bool operator==(const Extra& a, const Extra& b) noexcept;

 private:
  std::unique_ptr<nlohmann::ordered_json> fields_;
};

}  // namespace chainmap
