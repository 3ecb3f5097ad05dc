#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/io/record_reader.h"
#include "src/io/zone_load.h"

namespace chainmap {

// References from one file of a zone to the links of its chains ("steel/wire-rod").

/// Resolves the reference `value` at `pointer`, reporting what is wrong; references into
/// a chain whose file did not load are counted instead.
std::optional<LinkKey> ResolveLink(ZoneLoad& load, RecordReader& r, const std::string& pointer,
                                   JsonRef value);

/// A required reference field of the record.
std::optional<LinkKey> ResolveLinkField(ZoneLoad& load, RecordReader& r, std::string_view key);

/// An optional array of references, each listed once.
std::vector<LinkKey> ResolveLinkList(ZoneLoad& load, RecordReader& r, std::string_view key);

/// The ids of the chains loaded so far, for did-you-mean.
std::vector<std::string> LoadedChainIds(const Zone& zone);

}  // namespace chainmap
