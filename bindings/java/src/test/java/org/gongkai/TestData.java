package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Report texts the tests use: a made-up gk2021 report, the bundled samples, the shared corpus (by path). */
final class TestData {
  private TestData() {}

  /** A made-up gk2021 report (示例县测试局, invented numbers) whose tables add up. */
  static byte[] sampleGk2021() {
    try (InputStream in = TestData.class.getResourceAsStream("gk2021_sample.txt")) {
      if (in == null) throw new IllegalStateException("test resource gk2021_sample.txt missing");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sampleGk2021Text() {
    return new String(sampleGk2021(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The shared corpus folder (../shared/corpus/dev), or null when it is not there. */
  static Path corpusDir() {
    String shared = System.getProperty("gongkai.shared.dir", "../../../shared");
    Path dir = Paths.get(shared, "corpus", "dev");
    return Files.isDirectory(dir) ? dir : null;
  }

  /** Every *.txt of the corpus and of samples/, sorted; empty when neither exists. */
  static List<Path> realReports() {
    List<Path> out = new ArrayList<>();
    Path corpus = corpusDir();
    if (corpus != null) out.addAll(texts(corpus));
    String samples = System.getProperty("gongkai.samples.dir", "../../samples");
    if (Files.isDirectory(Paths.get(samples))) out.addAll(texts(Paths.get(samples)));
    return out;
  }

  static List<Path> texts(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path p : ds) out.add(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.sort(null);
    return out;
  }
}
