// zone.json's documents (a title, or a title with the period it reports), clusters and a
// project's cluster, and a fact's project_count: loaded, saved, and refused with their place.
#include "src/io/zone_file_loader.h"

#include <catch2/catch.hpp>

#include "src/io/zone_saver.h"
#include "tests/io/zone_fixture.h"

using namespace chainmap;
using namespace chainmap::testing;

namespace {

constexpr const char* kSettings = R"("settings": {"strong_min_scale": 2},)";

/// The tiny zone with two documents, one cluster and a second project in that cluster.
ZoneFiles WithClusters() {
  ZoneFiles files = TinyZoneFiles();
  files["zone.json"] = Replace(
      files["zone.json"], kSettings,
      std::string(kSettings) + "\n" +
          R"(  "documents": {"a.txt": "甲文件", "b.txt": {"title": "乙文件", "date": "2024-03"}},
  "clusters": [{"id": "health", "name": {"zh": "生命健康"}, "source": "b.txt 二"}],)");
  files["projects.json"] = Replace(files["projects.json"], R"("source": "[inf] test"}
  ])",
                                   R"("source": "[inf] test"},
    {"id": "cells", "name": "干细胞", "cluster": "health", "stage": "signed", "source": "b.txt 二"}
  ])");
  return files;
}

std::string ErrorsOf(const ZoneFiles& files, const std::string& file, const std::string& from,
                     const std::string& to) {
  ZoneFiles changed = files;
  changed[file] = Replace(changed[file], from, to);
  return LoadErrors(changed);
}

}  // namespace

TEST_CASE("documents, clusters and a project's cluster load and survive a save", "[io][loader]") {
  const ZoneFiles files = WithClusters();
  const Zone zone = LoadFiles(files).zone;
  REQUIRE(zone.documents.size() == 2);
  CHECK(zone.documents[0] == Document{"a.txt", "甲文件", ""});
  CHECK(zone.documents[1] == Document{"b.txt", "乙文件", "2024-03"});
  REQUIRE(zone.clusters.size() == 1);
  CHECK(zone.clusters[0].name.zh == "生命健康");
  CHECK(zone.clusters[0].source == Sources{"b.txt 二"});
  CHECK_FALSE(zone.projects()[0].cluster);
  CHECK(zone.projects()[1].cluster == std::optional<std::size_t>(0));
  const ZoneFiles saved = SaveZone(zone);
  // A title alone stays a string; a dated one is an object.
  CHECK(saved.at("zone.json").find(R"("a.txt": "甲文件")") != std::string::npos);
  CHECK(saved.at("zone.json").find(R"("title": "乙文件")") != std::string::npos);
  CHECK(LoadFiles(saved).zone == zone);
}

TEST_CASE("a bad document, cluster or project count is refused with its place", "[io][loader]") {
  const ZoneFiles files = WithClusters();
  CHECK(ErrorsOf(files, "projects.json", R"("cluster": "health")", R"("cluster": "helth")") ==
        "z/projects.json:5:47: /projects/1/cluster: unknown cluster 'helth' (did you mean "
        "'health'?): use a cluster listed in zone.json's \"clusters\", or add it there");
  CHECK(ErrorsOf(files, "zone.json", R"("date": "2024-03")", R"("date": "2024-13")") ==
        "z/zone.json:11:67: /documents/b.txt/date: '2024-13' is not a date: use YYYY, "
        "YYYY-MM or YYYY-MM-DD");
  CHECK(ErrorsOf(files, "zone.json", R"("date": "2024-03")", R"("date": "2024-09")") ==
        "z/zone.json:11:67: /documents/b.txt/date: '2024-09' is after the zone's as_of "
        "'2024-06': nothing in the zone can be dated after its data (fix the date, or as_of "
        "in zone.json)");
  CHECK(ErrorsOf(files, "zone.json", R"("a.txt": "甲文件")", R"("a.txt": 5)") ==
        "z/zone.json:11:26: /documents/a.txt: expected the document's title (a string) or "
        "{\"title\": \"…\", \"date\": \"YYYY-MM\"}, found a number");
  CHECK(ErrorsOf(files, "zone.json", R"("title": "乙文件")", R"("title": "")") ==
        "z/zone.json:11:52: /documents/b.txt/title: empty title: give the document's title "
        "as it is printed on it");
  // A repeated cluster id: the second is refused, and the project's "health" is unknown.
  CHECK(ErrorsOf(files, "zone.json", R"("clusters": [{"id": "health",)",
                 R"("clusters": [{"id": "x", "name": {"zh": "甲"}}, {"id": "x",)") ==
        "z/zone.json:12:57: /clusters/1/id: duplicate cluster id 'x' (first at "
        "z/zone.json:12:23)\n"
        "z/projects.json:5:47: /projects/1/cluster: unknown cluster 'health': use a cluster "
        "listed in zone.json's \"clusters\", or add it there");
  CHECK(ErrorsOf(TinyZoneFiles(), "zone.json", R"("unit": "亿元",)",
                 R"("unit": "亿元", "project_count": 3,)") ==
        "z/zone.json:11:94: /facts/0/project_count: \"project_count\" needs \"year\": the "
        "zone's project records of that year are counted against it; give the year the "
        "document states the projects for");
}
