// Small helpers of the JNI glue: UTF-8 byte arrays in and out, exceptions
// thrown into Java, and the catch-all guard around every native method.
//
// Text never crosses as jstring: NewStringUTF / GetStringUTFChars speak
// "modified UTF-8", which differs from UTF-8 for NUL and for characters outside
// the BMP. Java encodes and decodes with StandardCharsets.UTF_8.
#pragma once

#include <jni.h>

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>

#include "gongkai.h"

namespace gongkai::jni {

/// Classes and methods looked up once in JNI_OnLoad (global references).
struct Cache {
  jclass byte_array = nullptr;            // [B
  jclass object = nullptr;                // java/lang/Object
  jclass gongkai_exception = nullptr;     // org/gongkai/GongkaiException
  jmethodID exception_from_native = nullptr;  // static GongkaiException fromNative(int,byte[],long,long,long)
  jclass illegal_state = nullptr;         // java/lang/IllegalStateException
  jclass null_pointer = nullptr;          // java/lang/NullPointerException
  jclass out_of_memory = nullptr;         // java/lang/OutOfMemoryError
};
extern Cache cache;

/// Fills `cache`; false (with a Java exception pending) when a class is missing.
bool init_cache(JNIEnv* env);
void release_cache(JNIEnv* env);

/// Throws org.gongkai.GongkaiException built from a gk_error (status, message,
/// offset, line, column). Does nothing when an exception is already pending.
void throw_gongkai(JNIEnv* env, const gk_error& error);
/// Throws a GongkaiException of status `code` with an ASCII/UTF-8 message.
void throw_gongkai(JNIEnv* env, gk_status code, const char* message);
void throw_illegal_state(JNIEnv* env, const char* message);
void throw_null_pointer(JNIEnv* env, const char* message);
void throw_out_of_memory(JNIEnv* env, const char* message);

/// A copy of a Java byte[] (GetByteArrayRegion, so no pinning while the
/// engine works). `ok` is false when `array` was null or the copy failed;
/// a Java exception is then pending.
struct Bytes {
  std::string data;
  bool ok = false;
};
Bytes copy_bytes(JNIEnv* env, jbyteArray array, const char* what);

/// A new byte[] holding `size` bytes at `data`; nullptr (exception pending) on failure.
jbyteArray new_bytes(JNIEnv* env, const char* data, std::size_t size);
/// A new byte[] of a NUL-terminated UTF-8 string; a null reference for NULL.
/// `failed` turns true when the array could not be made (exception pending).
jbyteArray new_bytes_or_null(JNIEnv* env, const char* text, bool& failed);

/// Appends entries to a byte[][] under construction, deleting each local
/// reference at once so long lists never fill the local reference table.
class TextArray {
 public:
  TextArray(JNIEnv* env, std::size_t size);
  bool ok() const noexcept { return array_ != nullptr && !failed_; }
  /// Stores `text` (NULL stays a null element) at the next index.
  bool push(const char* text);
  /// The array, or nullptr when anything failed (an exception is pending).
  jobjectArray release() noexcept;

 private:
  JNIEnv* env_;
  jobjectArray array_;
  std::size_t size_;
  std::size_t next_ = 0;
  bool failed_ = false;
};

/// A new long[] of `values`; nullptr (exception pending) on failure.
jlongArray new_longs(JNIEnv* env, const jlong* values, std::size_t size);

/// Runs `body` so that no C++ exception leaves a native method: bad_alloc
/// becomes java.lang.OutOfMemoryError, anything else a GongkaiException of
/// status internal. Returns `fallback` when body throws.
template <class R, class Body>
R guarded(JNIEnv* env, R fallback, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    throw_out_of_memory(env, "gongkai: out of memory in the JNI glue");
  } catch (...) {
    throw_gongkai(env, GK_INTERNAL, "gongkai: unexpected C++ exception in the JNI glue");
  }
  return fallback;
}

/// The report a Java handle stands for; nullptr (IllegalStateException
/// pending) for 0, which Java never passes for a live report.
inline const gk_report* report_of(JNIEnv* env, jlong handle) {
  if (handle == 0) {
    throw_illegal_state(env, "gongkai: the report is closed");
    return nullptr;
  }
  return reinterpret_cast<const gk_report*>(static_cast<std::intptr_t>(handle));
}

}  // namespace gongkai::jni
