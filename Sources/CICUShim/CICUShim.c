#include "CICUShim.h"

#if defined(__APPLE__)
// Apple ships ICU as libicucore without headers; declare the few stable C functions used here.
typedef uint16_t UChar;
typedef int32_t UErrorCode;
typedef int32_t UChar32;
typedef void UTransliterator;
typedef void UNormalizer2;
typedef struct UParseError { int32_t line; int32_t offset; UChar preContext[16]; UChar postContext[16]; } UParseError;
typedef uint8_t UVersionInfo[4];
#define U_MAX_VERSION_STRING_LENGTH 20
#define USCRIPT_HAN 17
#define UTRANS_FORWARD 0
extern int32_t uscript_getScript(UChar32 codepoint, UErrorCode *err);
extern void u_getVersion(UVersionInfo versionArray);
extern void u_versionToString(const UVersionInfo versionArray, char *versionString);
extern const UNormalizer2 *unorm2_getNFCInstance(UErrorCode *e);
extern const UNormalizer2 *unorm2_getNFDInstance(UErrorCode *e);
extern const UNormalizer2 *unorm2_getNFKCInstance(UErrorCode *e);
extern const UNormalizer2 *unorm2_getNFKDInstance(UErrorCode *e);
extern const UNormalizer2 *unorm2_getNFKCCasefoldInstance(UErrorCode *e);
extern int32_t unorm2_normalize(const UNormalizer2 *n, const UChar *src, int32_t len, UChar *dst, int32_t cap,
                                UErrorCode *e);
extern UTransliterator *utrans_openU(const UChar *id, int32_t idLength, int32_t dir, const UChar *rules,
                                     int32_t rulesLength, UParseError *parseError, UErrorCode *status);
extern void utrans_transUChars(const UTransliterator *trans, UChar *text, int32_t *textLength,
                               int32_t textCapacity, int32_t start, int32_t *limit, UErrorCode *status);
extern void utrans_close(UTransliterator *trans);
#else
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#endif

#include <stddef.h>

void ctx_icu_version(char *buffer, int32_t capacity) {
  char text[U_MAX_VERSION_STRING_LENGTH + 1] = {0};
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, text);
  int32_t i = 0;
  for (; i + 1 < capacity && text[i] != 0; i++) {
    buffer[i] = text[i];
  }
  if (capacity > 0) {
    buffer[i] = 0;
  }
}

int32_t ctx_icu_script(uint32_t scalar) {
  UErrorCode error = 0;
  int32_t script = (int32_t)uscript_getScript((UChar32)scalar, &error);
  return error > 0 ? -1 : script;
}

int32_t ctx_icu_is_han(uint32_t scalar) { return ctx_icu_script(scalar) == USCRIPT_HAN ? 1 : 0; }

int32_t ctx_icu_normalize(int32_t form, const uint16_t *src, int32_t src_length, uint16_t *dst,
                          int32_t dst_capacity, int32_t *error) {
  UErrorCode status = 0;
  const UNormalizer2 *normalizer = NULL;
  switch (form) {
  case CTX_ICU_NFC: normalizer = unorm2_getNFCInstance(&status); break;
  case CTX_ICU_NFD: normalizer = unorm2_getNFDInstance(&status); break;
  case CTX_ICU_NFKC: normalizer = unorm2_getNFKCInstance(&status); break;
  case CTX_ICU_NFKD: normalizer = unorm2_getNFKDInstance(&status); break;
  case CTX_ICU_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&status); break;
  default: *error = 1; /* U_ILLEGAL_ARGUMENT_ERROR */ return 0;
  }
  if (status > 0 || normalizer == NULL) {
    *error = status > 0 ? status : 1;
    return 0;
  }
  int32_t length = unorm2_normalize(normalizer, (const UChar *)src, src_length, (UChar *)dst, dst_capacity, &status);
  *error = status;
  return length;
}

void *ctx_icu_transliterator_open(const uint16_t *identifier, int32_t identifier_length, int32_t *error) {
  UErrorCode status = 0;
  UParseError parse_error;
  UTransliterator *transliterator =
      utrans_openU((const UChar *)identifier, identifier_length, UTRANS_FORWARD, NULL, 0, &parse_error, &status);
  *error = status;
  if (status > 0) {
    return NULL;
  }
  return (void *)transliterator;
}

int32_t ctx_icu_transliterate(void *transliterator, uint16_t *text, int32_t *length, int32_t capacity) {
  UErrorCode status = 0;
  int32_t limit = *length;
  utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit, &status);
  return status;
}

void ctx_icu_transliterator_close(void *transliterator) {
  if (transliterator != NULL) {
    utrans_close((UTransliterator *)transliterator);
  }
}
