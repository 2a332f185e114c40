package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** close(), use after close, the Cleaner safety net. */
class LifecycleTest {

  @Test
  void closeIsIdempotent() {
    Report r = Gongkai.parse(TestData.sampleGk2021());
    assertFalse(r.isClosed());
    r.close();
    assertTrue(r.isClosed());
    assertDoesNotThrow(r::close);
    assertDoesNotThrow(r::close);
    assertEquals("Report[closed]", r.toString());
  }

  @Test
  void everyUseAfterCloseIsAnIllegalStateException() {
    Report r = Gongkai.parse(TestData.sampleGk2021());
    r.meta(); // fill the caches first: cached values must be refused too
    r.fields();
    r.diagnostics();
    r.close();
    List<Executable> uses = List.of(
        r::meta, r::fields, r::cells, r::diagnostics, r::validate, r::toJson,
        () -> r.toJson(true, false), () -> r.toJsonBytes(false, true), () -> r.cell("review.total"));
    for (Executable use : uses) {
      IllegalStateException e = assertThrows(IllegalStateException.class, use);
      assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
  }

  @Test
  void valuesOutliveTheReport() {
    Map<String, BigDecimal> fields;
    Meta meta;
    List<Diagnostic> findings;
    try (Report r = Gongkai.parse(ParseTest.brokenSample())) {
      fields = r.fields();
      meta = r.meta();
      findings = r.diagnostics();
    }
    assertEquals(new BigDecimal("8"), fields.get("applications.received.total"));
    assertEquals("示例县测试局", meta.organ());
    assertFalse(findings.isEmpty());
  }

  @Test
  void forgottenReportsAreCollected() throws InterruptedException {
    // If the Cleaner's action held the Report, it could never become unreachable.
    WeakReference<Report> ref = new WeakReference<>(Gongkai.parse(TestData.sampleGk2021()));
    for (int i = 0; i < 200 && ref.get() != null; ++i) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(ref.get(), "an unclosed Report was never collected");
    // Many forgotten reports: the Cleaner frees them, nothing crashes.
    byte[] text = TestData.sampleGk2021();
    for (int i = 0; i < 300; ++i) Gongkai.parse(text).meta();
    System.gc();
  }

  @Test
  void closeWhileOtherThreadsRead() throws Exception {
    for (int round = 0; round < 20; ++round) {
      Report r = Gongkai.parse(TestData.sampleGk2021());
      int readers = 4;
      CountDownLatch started = new CountDownLatch(readers);
      ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
      AtomicInteger sawClosed = new AtomicInteger();
      Thread[] threads = new Thread[readers];
      for (int t = 0; t < readers; ++t) {
        threads[t] = new Thread(() -> {
          started.countDown();
          try {
            while (true) {
              r.toJsonBytes(false, true);
              r.validate();
            }
          } catch (IllegalStateException e) {
            sawClosed.incrementAndGet();
          } catch (Throwable e) {
            unexpected.add(e);
          }
        });
        threads[t].start();
      }
      started.await();
      r.close();
      for (Thread t : threads) t.join(30_000);
      assertEquals(List.of(), List.copyOf(unexpected));
      assertEquals(readers, sawClosed.get());
    }
  }
}
