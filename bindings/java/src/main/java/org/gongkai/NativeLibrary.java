package org.gongkai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads the JNI library once per class loader.
 *
 * <p>Where from, in this order:
 *
 * <ol>
 *   <li>the system property {@value #PATH_PROPERTY}: the library file itself, or a
 *       directory holding {@code libgongkai_jni.so} (a sanitizer build, a system
 *       package);
 *   <li>the jar (or class path): {@code /native/<os>-<arch>/libgongkai_jni.so}, copied
 *       with the libraries it bundles (named in {@code bundled-libraries.txt} beside it:
 *       RE2, utf8proc, simdjson, qpdf... under names of their own, found through the run
 *       path {@code $ORIGIN}) into a unique temporary directory ({@link
 *       Files#createTempDirectory}) that is loaded and then deleted (on Windows, deleted on
 *       exit).
 * </ol>
 *
 * <p>After loading, the library's ABI version must equal {@link #EXPECTED_ABI}, the
 * ABI this binding was written for; a mismatch is refused. When nothing loads, the
 * error lists every place tried.
 */
final class NativeLibrary {
  private NativeLibrary() {}

  /** System property naming the JNI library (file or directory) to load. */
  static final String PATH_PROPERTY = "gongkai.library.path";

  /** The ABI (GK_ABI_VERSION of gongkai.h) this binding speaks. */
  static final int EXPECTED_ABI = 1;

  private static final String LIBRARY_NAME = "gongkai_jni";

  private static volatile boolean loaded;
  private static Throwable failure;

  /** Loads the library at the first call; throws UnsatisfiedLinkError on failure. */
  static void ensureLoaded() {
    if (loaded) return;
    synchronized (NativeLibrary.class) {
      if (loaded) return;
      if (failure != null) throw rethrow(failure);
      try {
        load();
        checkAbi();
        loaded = true;
      } catch (UnsatisfiedLinkError | RuntimeException e) {
        failure = e;
        throw e;
      }
    }
  }

  private static UnsatisfiedLinkError rethrow(Throwable first) {
    UnsatisfiedLinkError e = new UnsatisfiedLinkError("gongkai: the JNI library failed to load earlier: " + first.getMessage());
    e.initCause(first);
    return e;
  }

  /** The platform directory inside the jar: "linux-x86_64", "macos-aarch64", ... */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("mac") || os.startsWith("darwin")) os = "macos";
    else if (os.startsWith("windows")) os = "windows";
    else os = os.replaceAll("[^a-z0-9]", "");
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (arch.equals("amd64") || arch.equals("x86_64")) arch = "x86_64";
    else if (arch.equals("aarch64") || arch.equals("arm64")) arch = "aarch64";
    return os + "-" + arch;
  }

  static String resourcePath() {
    return "/native/" + platform() + "/" + System.mapLibraryName(LIBRARY_NAME);
  }

  private static void load() {
    List<String> tried = new ArrayList<>();
    String override = System.getProperty(PATH_PROPERTY);
    if (override != null && !override.isEmpty()) {
      Path path = Paths.get(override);
      if (Files.isDirectory(path)) path = path.resolve(System.mapLibraryName(LIBRARY_NAME));
      try {
        System.load(path.toAbsolutePath().toString());
        return;
      } catch (UnsatisfiedLinkError e) {
        // An explicit choice that fails is an error: never fall back silently.
        throw notLoaded(List.of(PATH_PROPERTY + "=" + override + " -> " + path + ": " + e.getMessage()), e);
      }
    }
    String resource = resourcePath();
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        tried.add("class path resource " + resource + ": not there (no build for platform " + platform() + ")");
        throw notLoaded(tried, null);
      }
      Path dir = Files.createTempDirectory("gongkai_jni-");
      Path file = dir.resolve(System.mapLibraryName(LIBRARY_NAME));
      List<Path> copied = new ArrayList<>();
      try {
        Files.copy(in, file);
        copied.add(file);
        for (String name : bundledLibraries()) {
          Path lib = dir.resolve(name);
          copyResource(BUNDLE_DIR_PREFIX + platform() + "/" + name, lib);
          copied.add(lib);
        }
        System.load(file.toAbsolutePath().toString());
      } catch (IOException | UnsatisfiedLinkError e) {
        tried.add("class path resource " + resource + " copied to " + file + ": " + e.getMessage());
        deleteAll(dir, copied);
        throw notLoaded(tried, e);
      }
      // Loaded and mapped: the files are no longer needed (on Windows they are
      // locked while loaded, so remove them when the JVM exits).
      deleteAll(dir, copied);
    } catch (IOException e) {
      tried.add("class path resource " + resource + ": " + e);
      throw notLoaded(tried, e);
    }
  }

  private static final String BUNDLE_DIR_PREFIX = "/native/";

  /** The libraries bundled beside the JNI library, in the jar's list (none if it has no list). */
  private static List<String> bundledLibraries() throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = NativeLibrary.class.getResourceAsStream(BUNDLE_DIR_PREFIX + platform() + "/bundled-libraries.txt")) {
      if (in == null) return names;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.trim();
        // A plain file name: the list cannot lead the copy out of the directory.
        if (name.isEmpty()) continue;
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
          throw new IOException("bad entry in bundled-libraries.txt: " + name);
        }
        names.add(name);
      }
    }
    return names;
  }

  private static void copyResource(String resource, Path to) throws IOException {
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException("the jar lists " + resource + " but does not hold it");
      Files.copy(in, to);
    }
  }

  private static void deleteAll(Path dir, List<Path> files) {
    boolean all = true;
    for (Path f : files) {
      if (!deleteQuietly(f)) {
        f.toFile().deleteOnExit();
        all = false;
      }
    }
    if (!all || !deleteQuietly(dir)) dir.toFile().deleteOnExit();
  }

  private static boolean deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static UnsatisfiedLinkError notLoaded(List<String> tried, Throwable cause) {
    StringBuilder sb = new StringBuilder("gongkai: could not load the JNI library ")
        .append(System.mapLibraryName(LIBRARY_NAME)).append("; tried:");
    for (String t : tried) sb.append("\n  - ").append(t);
    sb.append("\nSet -D").append(PATH_PROPERTY).append("=<file or directory> to use another build.");
    UnsatisfiedLinkError e = new UnsatisfiedLinkError(sb.toString());
    if (cause != null) e.initCause(cause);
    return e;
  }

  private static void checkAbi() {
    int header = NativeBridge.headerAbiVersion();
    int library = NativeBridge.abiVersion();
    if (header != EXPECTED_ABI || library != EXPECTED_ABI) {
      throw new UnsatisfiedLinkError("gongkai: ABI mismatch: this binding speaks ABI " + EXPECTED_ABI
          + ", the JNI glue was built for ABI " + header + " and the library reports ABI " + library);
    }
  }
}
