#include "src/model/compact_text.h"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "src/model/enterprise.h"

using namespace chainmap;

namespace {

// What code that took a std::string field does with it, on any text field.
std::size_t TakesString(const std::string& s) { return s.size(); }
std::size_t TakesView(std::string_view s) { return s.size(); }

}  // namespace

TEST_CASE("RareText reads, compares and prints as the string it holds", "[model]") {
  RareText t;
  CHECK(t.empty());
  CHECK(t.size() == 0);
  CHECK(t.str().empty());
  CHECK(t == "");
  CHECK(TakesString(t) == 0);

  t = std::string("91410000MA00000000");
  CHECK_FALSE(t.empty());
  CHECK(t.size() == 18);
  CHECK(t == "91410000MA00000000");
  CHECK(t == std::string("91410000MA00000000"));
  CHECK(t == std::string_view("91410000MA00000000"));
  CHECK("91410000MA00000000" == t);
  CHECK(t != "x");
  CHECK(TakesString(t) == 18);
  CHECK(TakesView(t) == 18);
  CHECK("USCC " + t == "USCC 91410000MA00000000");
  CHECK(t + "!" == "91410000MA00000000!");
  std::ostringstream out;
  out << t;
  CHECK(out.str() == "91410000MA00000000");
  CHECK(std::string(t.begin(), t.end()) == t.str());

  RareText copy = t;  // deep: changing one leaves the other
  copy = "济源";
  CHECK(t == "91410000MA00000000");
  CHECK(copy == "济源");
  CHECK((copy < t) == (std::string("济源") < std::string("91410000MA00000000")));
  CHECK(copy != t);

  copy = "";  // an empty text holds nothing
  CHECK(copy.empty());
  CHECK(copy == RareText());
  t.clear();
  CHECK(t == copy);

  nlohmann::ordered_json json;
  json["note"] = RareText("注：见文件");
  CHECK(json.dump() == "{\"note\":\"注：见文件\"}");
}

TEST_CASE("SharedText keeps one copy of each distinct text", "[model]") {
  const SharedText a("河南省济源市"), b(std::string("河南省") + "济源市"), c("河南省郑州市");
  CHECK(a == b);
  CHECK(&a.str() == &b.str());  // the same copy, not an equal one
  CHECK(a != c);
  CHECK(a == "河南省济源市");
  CHECK(a == std::string("河南省济源市"));
  CHECK(TakesString(a) == std::string("河南省济源市").size());
  CHECK("所在地：" + a == "所在地：河南省济源市");
  CHECK((a < c) == (std::string("河南省济源市") < std::string("河南省郑州市")));

  SharedText none;
  CHECK(none.empty());
  CHECK(none == SharedText(""));
  CHECK(none == "");
  SharedText d = c;
  d.clear();
  CHECK(d.empty());
  CHECK(c == "河南省郑州市");

  // Texts are kept for the whole process: a field made from a text that no longer exists
  // still reads it.
  SharedText kept;
  {
    std::string temporary = "广东省深圳市";
    kept = SharedText(temporary);
    temporary.assign("overwritten");
  }
  CHECK(kept == "广东省深圳市");

  // The map of texts is safe to fill from several threads: each thread's fields end up
  // pointing at the same copies.
  std::vector<std::vector<SharedText>> made(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < made.size(); ++t)
    threads.emplace_back([&made, t] {
      for (int i = 0; i < 2000; ++i) made[t].emplace_back("地区" + std::to_string(i % 97));
    });
  for (auto& thread : threads) thread.join();
  for (std::size_t t = 1; t < made.size(); ++t)
    for (std::size_t i = 0; i < made[t].size(); ++i) CHECK(&made[t][i].str() == &made[0][i].str());
}

TEST_CASE("An enterprise's rarely given fields cost a pointer each", "[model]") {
  // 368 bytes before (std::string and std::vector fields); the loader's memory target for
  // a million candidates rests on this size (docs/performance.md, Loading).
  CHECK(sizeof(RareText) == sizeof(void*));
  CHECK(sizeof(SharedText) == sizeof(void*));
  CHECK(sizeof(Enterprise) <= 264);

  Enterprise e;
  e.id = "e1";
  e.name = "济源钢铁";
  CHECK(e.DisplayName() == "济源钢铁");
  e.short_name = "济钢";
  CHECK(e.DisplayName() == "济钢");
  Enterprise f = e;
  CHECK(f == e);
  f.note = "注";
  CHECK_FALSE(f == e);
}
