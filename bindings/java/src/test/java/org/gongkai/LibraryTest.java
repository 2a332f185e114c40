package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the JNI library: versions, the ABI check, the jar resource, the override property. */
class LibraryTest {

  @Test
  void versionIsTheProjectVersion() {
    String expected = System.getProperty("gongkai.expected.version");
    assertTrue(Gongkai.version().matches("\\d+\\.\\d+\\.\\d+.*"), Gongkai.version());
    if (expected != null) assertEquals(expected, Gongkai.version(), "pom.xml version and gk_version() differ");
  }

  @Test
  void abiIsTheOneThisBindingSpeaks() {
    assertEquals(NativeLibrary.EXPECTED_ABI, Gongkai.abiVersion());
    assertEquals(NativeLibrary.EXPECTED_ABI, NativeBridge.headerAbiVersion());
  }

  @Test
  void statusNumbersAgreeWithTheLibrary() {
    for (Status s : Status.values()) {
      assertEquals(s.stableName(), Gongkai.statusName(s.code()), "status " + s.code());
      assertEquals(s, Status.of(s.code()));
    }
    assertEquals("unknown", Gongkai.statusName(999));
  }

  @Test
  void statusesMapToTheirExceptionClasses() {
    assertEquals(InvalidInputException.class, GongkaiException.fromNative(2, null, 5, 1, 6).getClass());
    assertEquals(JsonFormatException.class, GongkaiException.fromNative(8, null, 0, 0, 0).getClass());
    assertEquals(GongkaiIoException.class, GongkaiException.fromNative(9, null, 0, 0, 0).getClass());
    assertEquals(NotFoundException.class, GongkaiException.fromNative(10, null, 0, 0, 0).getClass());
    assertEquals(NativeOutOfMemoryException.class, GongkaiException.fromNative(11, null, 0, 0, 0).getClass());
    GongkaiException e = GongkaiException.fromNative(2, "bad byte".getBytes(StandardCharsets.UTF_8), 5, 1, 6);
    assertEquals("bad byte", e.getMessage());
    assertEquals(5, e.offset());
    assertEquals(6, e.column());
    GongkaiException unknown = GongkaiException.fromNative(99, "new".getBytes(StandardCharsets.UTF_8), 0, 0, 0);
    assertEquals(InternalErrorException.class, unknown.getClass());
    assertTrue(unknown.getMessage().contains("99"), unknown.getMessage());
  }

  /**
   * The tests of the jar's own copy of the library need that copy. A run
   * against an explicit library (gongkai.library.path, as the sanitizer run
   * does) does not build it, so on a fresh clone they are skipped, not failed.
   */
  private static void assumeTheJarHoldsTheLibrary() {
    boolean explicit = System.getProperty(NativeLibrary.PATH_PROPERTY) != null;
    assumeTrue(!explicit || NativeLibrary.class.getResource(NativeLibrary.resourcePath()) != null,
        "testing the library at " + NativeLibrary.PATH_PROPERTY + "; the jar's copy was not built");
  }

  @Test
  void libraryShipsOnTheClassPathForThisPlatform() {
    assumeTheJarHoldsTheLibrary();
    String os = System.getProperty("os.name");
    String arch = System.getProperty("os.arch");
    if ("Linux".equals(os) && "amd64".equals(arch)) assertEquals("linux-x86_64", NativeLibrary.platform());
    assertNotNull(NativeLibrary.class.getResource(NativeLibrary.resourcePath()),
        "missing resource " + NativeLibrary.resourcePath());
  }

  /** Runs org.gongkai.Main in a new JVM on this class path; returns {exit code, stdout+stderr}. */
  private static Object[] runJava(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.gongkai.Main");
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");
    return new Object[] {p.exitValue(), new String(out, StandardCharsets.UTF_8)};
  }

  @Test
  void extractedCopyIsATempFileRemovedAfterLoading(@TempDir Path tmp) throws Exception {
    assumeTheJarHoldsTheLibrary();
    Object[] r = runJava(List.of("-Djava.io.tmpdir=" + tmp), "--version");
    assertEquals(0, r[0], (String) r[1]);
    assertTrue(((String) r[1]).contains("ABI " + NativeLibrary.EXPECTED_ABI), (String) r[1]);
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "the extracted library should be deleted once loaded");
    }
  }

  @Test
  void propertyOverridesTheJar() throws Exception {
    assumeTheJarHoldsTheLibrary();
    Path dir = Paths.get(NativeLibrary.class.getResource(NativeLibrary.resourcePath()).toURI()).getParent();
    assumeTrue(Files.isDirectory(dir), "library is not a plain file on the class path");
    Object[] ok = runJava(List.of("-D" + NativeLibrary.PATH_PROPERTY + "=" + dir), "--version");
    assertEquals(0, ok[0], (String) ok[1]);

    Path missing = dir.resolve("no-such-libgongkai_jni.so");
    Object[] bad = runJava(List.of("-D" + NativeLibrary.PATH_PROPERTY + "=" + missing), "--version");
    assertTrue((int) bad[0] != 0, "a wrong explicit path must not fall back to the jar");
    String text = (String) bad[1];
    assertTrue(text.contains("could not load the JNI library"), text);
    assertTrue(text.contains(missing.toString()), "the error lists the path tried: " + text);
  }
}
