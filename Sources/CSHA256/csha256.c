// SHA-256 block compression on the x86 SHA extensions (sha256rnds2, sha256msg1, sha256msg2).
// The state is kept the way the instructions want it: one register holds A, B, E, F and the
// other C, D, G, H (lanes from high to low); each sha256rnds2 does two rounds.
#include "csha256.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

int ekssc_sha256_accelerated(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    int ssse3 = (c >> 9) & 1, sse41 = (c >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    int sha = (b >> 29) & 1;
    return ssse3 && sse41 && sha;
}

__attribute__((target("sha,sse4.1,ssse3")))
void ekssc_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count,
                         const uint32_t round_constants[64]) {
    // Message words are big-endian: swap the bytes of each 32-bit lane.
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);   // lanes A B C D (low to high)
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);   // lanes E F G H
    abcd = _mm_shuffle_epi32(abcd, 0xB1);                           // B A D C
    efgh = _mm_shuffle_epi32(efgh, 0x1B);                           // H G F E
    __m128i abef = _mm_alignr_epi8(abcd, efgh, 8);                  // F E B A
    __m128i cdgh = _mm_blend_epi16(efgh, abcd, 0xF0);               // H G D C

    for (size_t block = 0; block < count; block++, blocks += 64) {
        const __m128i abef_before = abef, cdgh_before = cdgh;
        // w[g % 4] holds message words 4g ... 4g+3 of round group g.
        __m128i w[4];
        for (int group = 0; group < 16; group++) {
            __m128i *words = &w[group & 3];
            if (group < 4) {
                *words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16 * group)), byte_swap);
            } else {
                // W[t] = s1(W[t-2]) + W[t-7] + s0(W[t-15]) + W[t-16]: msg1 adds s0 of the group
                // three back to the group four back, alignr supplies W[t-7], msg2 adds s1.
                __m128i previous = w[(group + 3) & 3];
                __m128i seventh = _mm_alignr_epi8(previous, w[(group + 2) & 3], 4);
                __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(*words, w[(group + 1) & 3]), seventh);
                *words = _mm_sha256msg2_epu32(partial, previous);
            }
            __m128i input = _mm_add_epi32(*words, _mm_loadu_si128((const __m128i *)&round_constants[4 * group]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, input);          // two rounds: new A B E F
            input = _mm_shuffle_epi32(input, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, input);          // two more
        }
        abef = _mm_add_epi32(abef, abef_before);
        cdgh = _mm_add_epi32(cdgh, cdgh_before);
    }

    __m128i ab_ef = _mm_shuffle_epi32(abef, 0x1B);  // A B E F
    __m128i gh_cd = _mm_shuffle_epi32(cdgh, 0xB1);  // G H C D
    abcd = _mm_blend_epi16(ab_ef, gh_cd, 0xF0);     // A B C D
    efgh = _mm_alignr_epi8(gh_cd, ab_ef, 8);        // E F G H
    _mm_storeu_si128((__m128i *)&state[0], abcd);
    _mm_storeu_si128((__m128i *)&state[4], efgh);
}

#else

int ekssc_sha256_accelerated(void) { return 0; }

void ekssc_sha256_blocks(uint32_t state[8], const uint8_t *blocks, size_t count,
                         const uint32_t round_constants[64]) {
    (void)state; (void)blocks; (void)count; (void)round_constants;
}

#endif
