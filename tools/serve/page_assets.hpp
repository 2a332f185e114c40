// The checker page's files (page/), compiled into the binary by
// embed_page.cmake so that the page works offline and needs no install path.
#pragma once

#include <cstddef>
#include <vector>

namespace gongkai::serve {

struct PageAsset {
  const char* path;  ///< "/", "/app.js", "/style.css"
  const char* media_type;
  const unsigned char* data;
  std::size_t size;
};

const std::vector<PageAsset>& page_assets();

}  // namespace gongkai::serve
