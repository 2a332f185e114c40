package org.gongkai;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar gongkai.jar [options] FILE...}: each report text to its JSON,
 * the same bytes {@code gongkai parse --format json} writes for one file.
 */
public final class Main {
  private Main() {}

  private static final String USAGE =
      "usage: java -jar gongkai.jar [--pretty] [--brief] [--no-validate] [--out-dir DIR] FILE...\n"
          + "\n"
          + "解析报告文本，输出报告 JSON。Parses report texts into the report JSON: one object a\n"
          + "line on standard output, or DIR/<name>.json per file with --out-dir.\n"
          + "exit status / 退出码: 0 all parsed, 2 a file could not be read or parsed, or bad options.\n";

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean pretty = false;
    boolean detail = true;
    ParseOptions options = ParseOptions.defaults();
    Path outDir = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; ++i) {
      String a = args[i];
      switch (a) {
        case "-h":
        case "--help":
          out.print(USAGE);
          return 0;
        case "--version":
          out.println("gongkai " + Gongkai.version() + " (Java binding, ABI " + Gongkai.abiVersion() + ")");
          return 0;
        case "--pretty":
          pretty = true;
          break;
        case "--brief":
          detail = false;
          break;
        case "--no-validate":
          options = options.withValidate(false);
          break;
        case "--out-dir":
          if (i + 1 >= args.length) {
            err.println("gongkai: --out-dir 需要一个值 / needs a value");
            return 2;
          }
          outDir = Paths.get(args[++i]);
          break;
        default:
          if (a.startsWith("-") && a.length() > 1) {
            err.println("gongkai: 未知选项 / unknown option '" + a + "'");
            err.print(USAGE);
            return 2;
          }
          files.add(Paths.get(a));
      }
    }
    if (files.isEmpty()) {
      err.print(USAGE);
      return 2;
    }
    int status = 0;
    for (Path file : files) {
      try (Report r = Gongkai.parse(file, options)) {
        byte[] json = r.toJsonBytes(pretty, detail);
        if (outDir == null) {
          write(out, json);
        } else {
          Files.createDirectories(outDir);
          try (OutputStream o = Files.newOutputStream(outDir.resolve(baseName(file) + ".json"))) {
            o.write(json);
            o.write('\n');
          }
        }
      } catch (GongkaiException e) {
        err.println("gongkai: " + file + ": " + e.getMessage() + " [" + e.status().stableName() + "]");
        status = 2;
      } catch (IOException e) {
        err.println("gongkai: " + file + ": " + e);
        status = 2;
      }
    }
    out.flush();
    return status;
  }

  private static void write(PrintStream out, byte[] json) {
    out.write(json, 0, json.length);
    out.write('\n');
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  // Keeps the UTF-8 of the messages intact on consoles that default to another charset.
  static {
    try {
      System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8.name()));
    } catch (java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
  }
}
