// zstd compression of article texts: one compression and one decompression
// context per thread (creating them costs more than compressing 5 KB), and
// the database's dictionary, trained with ZDICT and shared read-only.
#include "engine/store/detail/text.hpp"

// ZDICT_trainFromBuffer_fastCover with fixed parameters trains in ~30 ms
// on 256 articles, where ZDICT_trainFromBuffer searches its parameters for
// ~200 ms for the same ratio; it is in zdict.h's experimental section, and
// exported by Debian bookworm's libzstd 1.5.4.
#define ZDICT_STATIC_LINKING_ONLY
#include <zdict.h>
#include <zstd.h>

#include <new>
#include <stdexcept>

#include "engine/model/hash.hpp"
#include "engine/store/detail/codec.hpp"

namespace claimcheck::engine::detail {
namespace {

// Level 1 alone (16 us per 5 KB article, 2.8x); with the dictionary level
// 3 is as fast (8 us) and smaller than level 1 (623 against 683 bytes per
// benchmark article).
constexpr int kLevel = 1;
constexpr int kDictLevel = 3;

struct cctx_free {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct dctx_free {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};
struct cdict_free {
  void operator()(ZSTD_CDict* c) const { ZSTD_freeCDict(c); }
};
struct ddict_free {
  void operator()(ZSTD_DDict* d) const { ZSTD_freeDDict(d); }
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

struct text_codec::dicts {
  std::unique_ptr<ZSTD_CDict, cdict_free> c;
  std::unique_ptr<ZSTD_DDict, ddict_free> d;
  std::uint32_t id = 0;
};

std::uint64_t text_hash(std::string_view text) { return hash64(text); }

std::optional<std::string> train_text_dictionary(const std::vector<std::string>& samples) {
  std::string all;
  std::vector<std::size_t> sizes;
  for (const auto& s : samples) {
    if (s.empty()) continue;
    all += s;
    sizes.push_back(s.size());
  }
  if (sizes.size() < 8) return std::nullopt;
  std::string dict(kDictBytes, '\0');
  ZDICT_fastCover_params_t params{};
  params.k = 200;
  params.d = 8;
  params.f = 20;
  params.accel = 1;
  params.zParams.compressionLevel = kDictLevel;
  const std::size_t n =
      ZDICT_trainFromBuffer_fastCover(dict.data(), dict.size(), all.data(), sizes.data(),
                                      static_cast<unsigned>(sizes.size()), params);
  if (ZDICT_isError(n) != 0U || ZDICT_getDictID(dict.data(), n) == 0) return std::nullopt;
  dict.resize(n);
  return dict;
}

text_codec::text_codec() = default;
text_codec::~text_codec() = default;

void text_codec::set_dictionary(std::string_view bytes) {
  auto d = std::make_shared<dicts>();
  d->id = ZDICT_getDictID(bytes.data(), bytes.size());
  d->c.reset(ZSTD_createCDict(bytes.data(), bytes.size(), kDictLevel));
  d->d.reset(ZSTD_createDDict(bytes.data(), bytes.size()));
  if (d->id == 0 || !d->c || !d->d) throw codec_error("the text dictionary is not usable");
  std::lock_guard lk(mutex_);
  dicts_ = std::move(d);
}

std::shared_ptr<const text_codec::dicts> text_codec::get() const {
  std::lock_guard lk(mutex_);
  return dicts_;
}

bool text_codec::has_dictionary() const { return get() != nullptr; }

std::uint32_t text_codec::dictionary_id() const {
  const auto d = get();
  return d ? d->id : 0;
}

std::uint32_t text_codec::frame_dictionary(std::string_view frame) {
  return ZSTD_getDictID_fromFrame(frame.data(), frame.size());
}

std::string text_codec::compress(std::string_view text) const {
  const auto d = get();
  std::string out(ZSTD_compressBound(text.size()), '\0');
  const std::size_t n =
      d ? ZSTD_compress_usingCDict(cctx(), out.data(), out.size(), text.data(), text.size(),
                                   d->c.get())
        : ZSTD_compressCCtx(cctx(), out.data(), out.size(), text.data(), text.size(), kLevel);
  if (ZSTD_isError(n) != 0U) {
    throw std::runtime_error(std::string("zstd compression failed: ") + ZSTD_getErrorName(n));
  }
  out.resize(n);
  return out;
}

std::string text_codec::decompress(std::string_view frame, std::uint64_t size,
                                   std::uint64_t hash) const {
  const unsigned long long declared = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (declared != size) throw codec_error("compressed text of the wrong size");
  const std::uint32_t need = frame_dictionary(frame);
  std::shared_ptr<const dicts> d;
  if (need != 0) {
    d = get();
    if (!d || d->id != need) throw codec_error("compressed text needs a dictionary not stored");
  }
  std::string out(size, '\0');
  const std::size_t n =
      d ? ZSTD_decompress_usingDDict(dctx(), out.data(), out.size(), frame.data(), frame.size(),
                                     d->d.get())
        : ZSTD_decompressDCtx(dctx(), out.data(), out.size(), frame.data(), frame.size());
  if (ZSTD_isError(n) != 0U) {
    throw codec_error(std::string("compressed text does not decompress: ") +
                      ZSTD_getErrorName(n));
  }
  if (n != size) throw codec_error("compressed text of the wrong size");
  if (text_hash(out) != hash) throw codec_error("text checksum mismatch");
  return out;
}

}  // namespace claimcheck::engine::detail
