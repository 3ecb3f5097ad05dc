#pragma once

#include <string>

#include "render/map_layout.h"

namespace chainmap {

/// The positioned scene as JSON (`render --format json`, documented in docs/cli.md):
/// the page size, the header and legend boxes, every band and node with its box and
/// text lines, every edge with its points. Points (1/72 in), origin top left, y down,
/// rounded to 0.01 pt. Deterministic.
std::string PositionedSceneJson(const PositionedScene& positioned);

}  // namespace chainmap
