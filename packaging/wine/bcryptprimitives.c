/*
 * For `scripts/package.sh --check` only; never shipped.
 *
 * Rust's standard library (1.78 and later) draws random numbers on Windows
 * with ProcessPrng from bcryptprimitives.dll, which Windows 10 and 11 have
 * but Wine 8.0 (Debian 12) does not implement: every Rust .exe then fails
 * to start under it ("Library bcryptprimitives.dll ... not found"). This
 * stand-in, put into the throwaway Wine prefix of the check, answers with
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
