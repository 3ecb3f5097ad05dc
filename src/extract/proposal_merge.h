#pragma once

#include "src/extract/extraction.h"

namespace chainmap {

/// Proposes a project named more than once only once: names are the same when their
/// NameKey is equal, or one holds the other and both have four characters or more. The
/// first mention with an amount keeps the amount; the stage read with the most confidence
/// wins (the later on a tie); the first target is kept; every mention is listed.
void MergeMentions(Extraction& extraction);

/// A park (产业园, 园区, 基地) whose amount at least matches the sum of two or more
/// projects with amounts listed after it in the same section is their total: it becomes
/// a fact ("总投资 104 亿元的氢能综合利用产业园" with 50 + 32 + 10 亿元 of projects).
void SeparateParkTotals(Extraction& extraction);

}  // namespace chainmap
