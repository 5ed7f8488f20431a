#ifndef EKSSC_CSHA256_H
#define EKSSC_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this CPU has the x86 SHA extensions (and the SSSE3/SSE4.1 they are used with), else 0.
int ekssc_sha256_accelerated(void);

/// Compresses `count` 64-byte blocks at `blocks` into `state` (the eight SHA-256 words, A first)
/// with the SHA extensions; `round_constants` are FIPS 180-4's 64 K words (the caller's table).
/// Only call when `ekssc_sha256_accelerated()` is 1.
void ekssc_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count,
                         const uint32_t round_constants[64]);

#endif
