// The chainmap executable: hands the command line to the command table.
#include <iostream>
#include <string>
#include <vector>

#include "src/cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int code = chainmap::RunCli(args, std::cout, std::cerr);
  std::cout.flush();
  return code;
}
