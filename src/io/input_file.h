#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace chainmap {

/// Reads a whole regular file; nullopt if it does not exist. InputError when it cannot
/// be read, and for anything but a regular file (a FIFO, a device such as /dev/zero, a
/// directory), a dangling symbolic link or a loop of links, each with its own message.
std::optional<std::string> ReadFileIfExists(const std::filesystem::path& path);

/// The bytes of an input file: held in memory, or mapped read-only (a large file), so
/// that the pages a reader has gone past can be handed back to the kernel's page cache
/// and the file is never all in the process's memory at once.
class InputText {
 public:
  explicit InputText(std::string text) : owned_(std::move(text)), view_(owned_) {}
  InputText(const InputText&) = delete;
  InputText& operator=(const InputText&) = delete;
  ~InputText();

  std::string_view view() const { return view_; }
  /// Mapped text: the whole pages before byte `offset` are handed back (read again from
  /// the page cache if touched later, so the text stays valid). No effect on text held
  /// in memory.
  void Release(std::size_t offset) const;
  /// Mapped text: all its pages handed back, after a pass over the whole text (the next
  /// pass starts from the beginning again).
  void ReleaseAll() const;

  /// Files from this size on are mapped by MapFileIfExists.
  static constexpr std::size_t kMapFrom = std::size_t{4} << 20;
  /// A file as ReadFileIfExists reads it (the same messages), mapped instead of read
  /// when it has at least `map_from` bytes and can be mapped. A mapped file must not be
  /// truncated while it is read (the process would get SIGBUS): chainmap replaces the
  /// files it writes by renaming, which leaves a mapping of the old file intact.
  static std::shared_ptr<const InputText> MapFileIfExists(const std::filesystem::path& path,
                                                          std::size_t map_from = kMapFrom);

 private:
  struct Mapped {};

 public:
  /// Text mapped by MapFileIfExists, unmapped on destruction.
  InputText(Mapped, const char* mapped, std::size_t size) : view_(mapped, size), mapped_(true) {}

 private:
  std::string owned_;
  std::string_view view_;
  bool mapped_ = false;
  mutable std::size_t released_ = 0;  ///< Pages before this offset were handed back.
};

}  // namespace chainmap
