// A narrow C interface to ICU. This header deliberately exposes no ICU type: only fixed-width integers,
// UTF-16 buffers and opaque handles, so that Swift modules importing Foundation (which carries its own ICU
// headers) can import it without type clashes.
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version, e.g. "72.1", NUL-terminated, into `buffer` (at least 24 bytes).
void ctx_icu_version(char *buffer, int32_t capacity);

/// Returns 1 when the scalar's Script property is Han, 0 otherwise.
int32_t ctx_icu_is_han(uint32_t scalar);

/// Returns the ICU UScriptCode of the scalar (an integer), or -1 on error.
int32_t ctx_icu_script(uint32_t scalar);

/// Normalisation forms accepted by ctx_icu_normalize.
enum { CTX_ICU_NFC = 0, CTX_ICU_NFD = 1, CTX_ICU_NFKC = 2, CTX_ICU_NFKD = 3, CTX_ICU_NFKC_CASEFOLD = 4 };

/// Normalises UTF-16 `src` into `dst`. Returns the length of the result in UTF-16 units (which may exceed
/// `dst_capacity`: then call again with a buffer that large). `*error` receives ICU's error code (0 is success,
/// negative values are warnings, positive values failures).
int32_t ctx_icu_normalize(int32_t form, const uint16_t *src, int32_t src_length, uint16_t *dst,
                          int32_t dst_capacity, int32_t *error);

/// Opens a transliterator by ICU identifier (UTF-16), e.g. "Han-Latin". Returns NULL with `*error` set on failure.
void *ctx_icu_transliterator_open(const uint16_t *identifier, int32_t identifier_length, int32_t *error);

/// Transliterates `text` in place. `*length` is the text's length on entry and the result's on exit; `capacity`
/// is the buffer size in UTF-16 units. Returns 0 or ICU's error code (U_BUFFER_OVERFLOW_ERROR = 15).
int32_t ctx_icu_transliterate(void *transliterator, uint16_t *text, int32_t *length, int32_t capacity);

/// Closes a transliterator opened by ctx_icu_transliterator_open.
void ctx_icu_transliterator_close(void *transliterator);

#ifdef __cplusplus
}
#endif

#endif
