package org.gongkai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a report file without reading more than the parser would accept: a
 * file whose size is over the limit is refused from {@link Files#size} before
 * any byte is read, and a file that does not know its size (a pipe, a device)
 * is read up to the limit and no further than a block holding a NUL byte,
 * which is binary data the library then refuses as such.
 */
final class ReportFile {
  /** The library's default limit (gk_parse_options_init: 256 MiB). */
  static final long DEFAULT_MAX_INPUT_BYTES = 256L << 20;

  private static final int BLOCK = 1 << 16;

  private ReportFile() {}

  static byte[] read(Path file, long maxInputBytes) throws IOException {
    long limit = maxInputBytes == 0 ? DEFAULT_MAX_INPUT_BYTES : maxInputBytes;
    if (Files.isRegularFile(file)) {
      long size = Files.size(file);
      if (size > limit) {
        throw new InvalidInputException(Status.TOO_LARGE,
            "gongkai: " + file + ": input of " + size + " bytes is larger than the limit of " + limit
                + " / 输入超过大小上限", 0, 0, 0);
      }
    }
    // Java arrays hold at most Integer.MAX_VALUE - 8 bytes.
    long cap = Math.min(limit + 1, Integer.MAX_VALUE - 8);
    try (InputStream in = Files.newInputStream(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] block = new byte[BLOCK];
      while (out.size() < cap) {
        int n = in.read(block, 0, (int) Math.min(BLOCK, cap - out.size()));
        if (n < 0) break;
        out.write(block, 0, n);
        if (holdsNul(block, n)) break;
      }
      return out.toByteArray();
    }
  }

  private static boolean holdsNul(byte[] block, int n) {
    for (int i = 0; i < n; ++i) {
      if (block[i] == 0) return true;
    }
    return false;
  }
}
