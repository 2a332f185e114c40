package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 8 threads parsing at once give exactly what one thread gives. */
class ThreadsTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 6;

  private record Result(String json, Map<String, BigDecimal> fields, List<Diagnostic> diagnostics) {}

  private static Result parseOnce(byte[] text) {
    try (Report r = Gongkai.parse(text)) {
      return new Result(r.toJson(), r.fields(), r.diagnostics());
    }
  }

  private static List<byte[]> inputs() throws Exception {
    List<byte[]> in = new ArrayList<>();
    in.add(TestData.sampleGk2021());
    in.add(ParseTest.brokenSample().getBytes(StandardCharsets.UTF_8));
    for (Path p : TestData.realReports()) in.add(Files.readAllBytes(p));
    return in;
  }

  @Test
  void eightThreadsParsingAtOnceMatchOneThread() throws Exception {
    List<byte[]> inputs = inputs();
    List<Result> expected = new ArrayList<>();
    for (byte[] text : inputs) expected.add(parseOnce(text));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Result>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; ++t) {
        final int offset = t;
        Callable<List<Result>> job = () -> {
          start.await(30, TimeUnit.SECONDS);  // all threads go together
          List<Result> got = new ArrayList<>();
          for (int round = 0; round < ROUNDS; ++round) {
            for (int i = 0; i < inputs.size(); ++i) {
              int k = (i + offset) % inputs.size();  // different threads on different texts
              got.add(parseOnce(inputs.get(k)));
            }
          }
          return got;
        };
        futures.add(pool.submit(job));
      }
      for (int t = 0; t < THREADS; ++t) {
        List<Result> got = futures.get(t).get(5, TimeUnit.MINUTES);
        int n = 0;
        for (int round = 0; round < ROUNDS; ++round) {
          for (int i = 0; i < inputs.size(); ++i) {
            int k = (i + t) % inputs.size();
            assertEquals(expected.get(k), got.get(n++), "thread " + t + ", round " + round + ", input " + k);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneReportReadFromEightThreads() throws Exception {
    try (Report r = Gongkai.parse(ParseTest.brokenSample())) {
      String json = r.toJson();
      List<Diagnostic> findings = r.validate();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Boolean>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; ++t) {
          futures.add(pool.submit(() -> {
            start.await(30, TimeUnit.SECONDS);
            boolean same = true;
            for (int i = 0; i < 20; ++i) {
              same &= json.equals(r.toJson());
              same &= findings.equals(r.validate());
            }
            return same;
          }));
        }
        for (Future<Boolean> f : futures) assertTrue(f.get(5, TimeUnit.MINUTES));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
