namespace Janalyq.Extraction;

/// <summary>The opening bytes of binary formats a folder of saved pages often holds besides its pages.</summary>
internal static class BinaryMagic
{
    private static readonly byte[][] Prefixes =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'],                          // PNG
        [0xFF, 0xD8, 0xFF],                                               // JPEG
        "GIF87a"u8.ToArray(), "GIF89a"u8.ToArray(),                       // GIF
        "%PDF-"u8.ToArray(),                                              // PDF
        [(byte)'P', (byte)'K', 3, 4], [(byte)'P', (byte)'K', 5, 6], [(byte)'P', (byte)'K', 7, 8], // zip, docx, epub, jar
        [0x1F, 0x8B],                                                     // gzip (a page packed twice)
        "BZh"u8.ToArray(),                                                // bzip2
        [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0],            // xz
        [0x28, 0xB5, 0x2F, 0xFD],                                         // zstd
        [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C],                   // 7-zip
        "Rar!"u8.ToArray(),                                               // RAR
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],                 // old Office documents
        "SQLite format 3\0"u8.ToArray(),                                  // SQLite
        [0x7F, (byte)'E', (byte)'L', (byte)'F'],                          // ELF executable
        "MZ"u8.ToArray(),                                                 // Windows executable
        "wOFF"u8.ToArray(), "wOF2"u8.ToArray(),                           // web fonts
        "OggS"u8.ToArray(), "fLaC"u8.ToArray(), "ID3"u8.ToArray(),        // audio
        [0x1A, 0x45, 0xDF, 0xA3],                                         // Matroska, WebM
        [(byte)'I', (byte)'I', 0x2A, 0], [(byte)'M', (byte)'M', 0, 0x2A], // TIFF
        [0, 0, 1, 0],                                                     // ICO
        [0, (byte)'a', (byte)'s', (byte)'m'],                             // WebAssembly
    ];

    /// <summary>True when <paramref name="bytes"/> open with a known binary format's signature.</summary>
    public static bool Starts(ReadOnlySpan<byte> bytes)
    {
        foreach (var prefix in Prefixes)
            if (bytes.StartsWith(prefix)) return true;
        // RIFF containers (WebP, WAV, AVI) and ISO media (MP4, MOV, HEIC, AVIF: "ftyp" at offset 4).
        if (bytes.StartsWith("RIFF"u8) && bytes.Length >= 12) return true;
        return bytes.Length >= 8 && bytes[4..8].SequenceEqual("ftyp"u8);
    }
}
