// The loader against nlohmann's own parsers on the same files, one measurement per
// process so that each peak RSS is its own (bench/loader_bench.sh runs them in turn):
//
//   loader_bench generate DIR [--enterprises N] [--seed N] [--signals]
//                               write a synthetic zone: the plain one (as measured since
//                               the first round), or with the target signals (homes, ties,
//                               sources, unpursued links)
//   loader_bench chainmap DIR   LoadZoneDirectory (what `chainmap validate` loads)
//   loader_bench dom DIR        nlohmann::json::parse of every file, all kept (a DOM)
//   loader_bench sax DIR        nlohmann::json::sax_parse of every file (no tree)
//
// Prints one line: "<mode> wall_ms cpu_ms peak_rss_kb bytes_read".
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench/synthetic_zone.h"
#include "src/io/zone_loader.h"
#include "src/io/zone_saver.h"

namespace {

using namespace chainmap;
namespace fs = std::filesystem;

double CpuMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

std::vector<fs::path> JsonFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Counts events; builds nothing.
struct CountingSax : nlohmann::json_sax<nlohmann::json> {
  std::size_t events = 0;
  bool null() override { return ++events; }
  bool boolean(bool) override { return ++events; }
  bool number_integer(number_integer_t) override { return ++events; }
  bool number_unsigned(number_unsigned_t) override { return ++events; }
  bool number_float(number_float_t, const string_t&) override { return ++events; }
  bool string(string_t&) override { return ++events; }
  bool binary(binary_t&) override { return ++events; }
  bool start_object(std::size_t) override { return ++events; }
  bool key(string_t&) override { return ++events; }
  bool end_object() override { return ++events; }
  bool start_array(std::size_t) override { return ++events; }
  bool end_array() override { return ++events; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }
};

int Generate(const fs::path& dir, int argc, char** argv) {
  bench::SyntheticSpec spec;
  spec.enterprises = 1000000;
  spec.target_signals = false;
  for (int i = 3; i < argc; ++i) {
    const std::string flag = argv[i];
    if (flag == "--signals") {
      spec.target_signals = true;
      continue;
    }
    if (i + 1 >= argc) break;
    if (flag == "--enterprises") spec.enterprises = std::stoul(argv[i + 1]);
    if (flag == "--seed") spec.seed = static_cast<std::uint32_t>(std::stoul(argv[i + 1]));
    ++i;
  }
  fs::create_directories(dir);
  std::size_t bytes = 0;
  for (const auto& [name, text] : SaveZone(bench::MakeSyntheticZone(spec))) {
    std::ofstream(dir / name, std::ios::binary) << text;
    bytes += text.size();
  }
  std::printf("generated %zu enterprises, %zu bytes of JSON in %s\n", spec.enterprises, bytes,
              dir.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: loader_bench generate|chainmap|dom|sax DIR [options]\n");
    return 2;
  }
  const std::string mode = argv[1];
  const fs::path dir = argv[2];
  if (mode == "generate") return Generate(dir, argc, argv);
  std::size_t bytes = 0;
  for (const fs::path& file : JsonFiles(dir)) bytes += fs::file_size(file);
  const auto start = std::chrono::steady_clock::now();
  const double cpu0 = CpuMs();
  std::size_t check = 0;
  if (mode == "chainmap") {
    const LoadedZone loaded = LoadZoneDirectory(dir);
    check = loaded.zone.enterprises().size();
  } else if (mode == "dom") {
    std::vector<nlohmann::json> documents;
    for (const fs::path& file : JsonFiles(dir))
      documents.push_back(nlohmann::json::parse(ReadAll(file)));
    check = documents.size();
  } else if (mode == "sax") {
    CountingSax sax;
    for (const fs::path& file : JsonFiles(dir)) nlohmann::json::sax_parse(ReadAll(file), &sax);
    check = sax.events;
  } else {
    std::fprintf(stderr, "unknown mode '%s'\n", mode.c_str());
    return 2;
  }
  const double wall =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s %.0f %.0f %ld %zu %zu\n", mode.c_str(), wall, CpuMs() - cpu0, PeakRssKb(), bytes,
              check);
  return 0;
}
