// zstd compression of article texts, with one compression and one
// decompression context per thread (creating them costs more than
// compressing 5 KB).
#include "engine/store/detail/text.hpp"

#include <zstd.h>

#include <memory>
#include <new>
#include <stdexcept>

#include "engine/model/hash.hpp"
#include "engine/store/detail/codec.hpp"

namespace claimcheck::engine::detail {
namespace {

constexpr int kLevel = 1;

struct cctx_free {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct dctx_free {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

ZSTD_CCtx* cctx() {
  thread_local std::unique_ptr<ZSTD_CCtx, cctx_free> c(ZSTD_createCCtx());
  if (!c) throw std::bad_alloc();
  return c.get();
}

ZSTD_DCtx* dctx() {
  thread_local std::unique_ptr<ZSTD_DCtx, dctx_free> d(ZSTD_createDCtx());
  if (!d) throw std::bad_alloc();
  return d.get();
}

}  // namespace

std::uint64_t text_hash(std::string_view text) { return hash64(text); }

std::string compress_text(std::string_view text) {
  std::string out(ZSTD_compressBound(text.size()), '\0');
  const std::size_t n =
      ZSTD_compressCCtx(cctx(), out.data(), out.size(), text.data(), text.size(), kLevel);
  if (ZSTD_isError(n) != 0U) {
    throw std::runtime_error(std::string("zstd compression failed: ") + ZSTD_getErrorName(n));
  }
  out.resize(n);
  return out;
}

std::string decompress_text(std::string_view frame, std::uint64_t size, std::uint64_t hash) {
  const unsigned long long declared = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (declared != size) throw codec_error("compressed text of the wrong size");
  std::string out(size, '\0');
  const std::size_t n = ZSTD_decompressDCtx(dctx(), out.data(), out.size(), frame.data(),
                                            frame.size());
  if (ZSTD_isError(n) != 0U) {
    throw codec_error(std::string("compressed text does not decompress: ") +
                      ZSTD_getErrorName(n));
  }
  if (n != size) throw codec_error("compressed text of the wrong size");
  if (text_hash(out) != hash) throw codec_error("text checksum mismatch");
  return out;
}

}  // namespace claimcheck::engine::detail
