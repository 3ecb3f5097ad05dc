#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

// The zone loader's wordings, one per kind of error, so that every kind of file says
// the same thing about the same mistake.

/// A required zone file is missing from `dir`.
std::string NotAZoneDirectoryMessage(const std::string& dir);
/// `count` references into a chain whose file did not load.
std::string UncheckedReferencesMessage(const std::string& chain, std::size_t count);
/// A second record of kind `record` ("link", "enterprise") with the same id.
std::string DuplicateIdMessage(std::string_view record, const std::string& id,
                               const std::string& first_at);
/// A chain id that names no chain of the zone; `ref` is the link reference it is part of.
std::string UnknownChainMessage(const std::string& chain, const std::vector<std::string>& known,
                                const std::string& ref = "");
/// A link reference that names no link of its chain.
std::string UnknownLinkMessage(const std::string& ref, const std::vector<std::string>& known);
/// A project stage outside the known ones.
std::string UnknownProjectStageMessage(const std::string& stage);
/// A record without a "source".
std::string NoSourceMessage(const std::string& what);
/// A text that is not a date of the format.
std::string NotADateMessage(const std::string& text);

/// An edge from link `id` back to itself.
std::string SelfEdgeMessage(const std::string& id);

}  // namespace chainmap
