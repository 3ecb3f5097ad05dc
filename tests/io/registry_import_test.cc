#include "src/io/registry_import.h"

#include <catch2/catch.hpp>

namespace chainmap {

TEST_CASE("registry status: closed firms by any of the words, anywhere in the status",
          "[io][registry]") {
  for (const char* closed :
       {"注销", "吊销", "撤销", "迁出", "停业", "清算", "歇业", "责令关闭", "除名", "吊销，未注销",
        "吊销未注销", "已注销", " 注销 ", "x注销", "存续（迁出）", "企业已责令关闭"})
    CHECK(IsClosedStatus(closed));
  for (const char* open :
       {"", "存续", "在业", "在营（开业）企业", "开业", "存续（在营、开业、在册）", "注", "注册",
        "责令", "关闭", "销", "active", "注\xE9\x94"})
    CHECK_FALSE(IsClosedStatus(open));
  // A word cut by another character does not count.
  CHECK_FALSE(IsClosedStatus("注 销"));
  CHECK_FALSE(IsClosedStatus("责令停产关闭"));
}

}  // namespace chainmap
