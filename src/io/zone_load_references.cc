#include "src/io/zone_load_references.h"

#include <algorithm>

#include "src/io/zone_load_messages.h"

namespace chainmap {

std::vector<std::string> LoadedChainIds(const Zone& zone) {
  std::vector<std::string> ids;
  for (const Chain& c : zone.chains()) ids.push_back(c.id);
  return ids;
}

std::optional<LinkKey> ResolveLink(ZoneLoad& load, RecordReader& r, const std::string& pointer,
                                   JsonRef value) {
  if (!value.is_string()) {
    r.ErrorAt(pointer,
              "expected a link reference \"chain/link\", found " + DescribeJsonType(value));
    return std::nullopt;
  }
  const std::string ref(value.string());
  const Zone& zone = load.zone();
  if (auto key = load.FindLink(ref)) return key;
  const auto slash = ref.find('/');
  if (slash == std::string::npos) {
    r.ErrorAt(pointer, "'" + ref +
                           "' is not a link reference: write \"chain/link\", e.g. "
                           "\"steel/wire-rod\"");
    return std::nullopt;
  }
  const std::string chain_id = ref.substr(0, slash);
  const Chain* chain = zone.FindChain(chain_id);
  if (!chain && load.CountIfUnloaded(chain_id)) return std::nullopt;
  if (!chain) {
    r.ErrorAt(pointer, UnknownChainMessage(chain_id, LoadedChainIds(zone), ref));
    return std::nullopt;
  }
  std::vector<std::string> known;
  for (const Link& link : chain->links()) known.push_back(chain_id + "/" + link.id);
  r.ErrorAt(pointer, UnknownLinkMessage(ref, known));
  return std::nullopt;
}

std::optional<LinkKey> ResolveLinkField(ZoneLoad& load, RecordReader& r, std::string_view key) {
  auto text = r.String(key, true);
  if (!text) return std::nullopt;
  const nlohmann::ordered_json value(*text);
  return ResolveLink(load, r, r.PointerTo(key), JsonRef(&value));
}

std::vector<LinkKey> ResolveLinkList(ZoneLoad& load, RecordReader& r, std::string_view key) {
  std::vector<LinkKey> out;
  const JsonRef items = r.Array(key, false);
  if (!items) return out;
  out.reserve(items.size());
  std::size_t i = 0;
  for (const JsonRef item : items.elements()) {
    const std::size_t at = i++;
    // The pointer only for a message: most references resolve at once.
    const auto pointer = [&] { return r.PointerTo(key) + "/" + std::to_string(at); };
    std::optional<LinkKey> link;
    if (item.is_string()) link = load.FindLink(item.string());
    if (!link) link = ResolveLink(load, r, pointer(), item);
    if (!link) continue;
    if (std::find(out.begin(), out.end(), *link) != out.end()) {
      r.ErrorAt(pointer(), "link '" + load.zone().QualifiedId(*link) + "' is listed twice");
      continue;
    }
    out.push_back(*link);
  }
  return out;
}

}  // namespace chainmap
