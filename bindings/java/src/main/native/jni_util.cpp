#include "jni_util.hpp"

#include <cstring>
#include <limits>

namespace gongkai::jni {

Cache cache;

namespace {

jclass global_class(JNIEnv* env, const char* name) {
  jclass local = env->FindClass(name);
  if (local == nullptr) return nullptr;  // NoClassDefFoundError pending
  auto global = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  return global;
}

void throw_class(JNIEnv* env, jclass cls, const char* message) {
  if (env->ExceptionCheck()) return;  // keep the first problem
  if (cls != nullptr) env->ThrowNew(cls, message);
}

}  // namespace

bool init_cache(JNIEnv* env) {
  cache.byte_array = global_class(env, "[B");
  cache.object = global_class(env, "java/lang/Object");
  cache.gongkai_exception = global_class(env, "org/gongkai/GongkaiException");
  cache.illegal_state = global_class(env, "java/lang/IllegalStateException");
  cache.null_pointer = global_class(env, "java/lang/NullPointerException");
  cache.out_of_memory = global_class(env, "java/lang/OutOfMemoryError");
  if (!cache.byte_array || !cache.object || !cache.gongkai_exception || !cache.illegal_state ||
      !cache.null_pointer || !cache.out_of_memory)
    return false;
  cache.exception_from_native = env->GetStaticMethodID(
      cache.gongkai_exception, "fromNative", "(I[BJJJ)Lorg/gongkai/GongkaiException;");
  return cache.exception_from_native != nullptr;
}

void release_cache(JNIEnv* env) {
  for (jclass* cls : {&cache.byte_array, &cache.object, &cache.gongkai_exception, &cache.illegal_state,
                      &cache.null_pointer, &cache.out_of_memory}) {
    if (*cls != nullptr) env->DeleteGlobalRef(*cls);
    *cls = nullptr;
  }
  cache.exception_from_native = nullptr;
}

namespace {

void throw_gongkai_fields(JNIEnv* env, gk_status code, const char* message, std::size_t offset,
                          std::uint32_t line, std::uint32_t column) {
  if (env->ExceptionCheck()) return;
  jbyteArray text = new_bytes(env, message, std::strlen(message));
  if (text == nullptr) return;  // OutOfMemoryError pending, which says enough
  const jlong joffset = offset > static_cast<std::size_t>(std::numeric_limits<jlong>::max())
                            ? std::numeric_limits<jlong>::max()
                            : static_cast<jlong>(offset);
  jobject exception = env->CallStaticObjectMethod(cache.gongkai_exception, cache.exception_from_native,
                                                  static_cast<jint>(code), text, joffset,
                                                  static_cast<jlong>(line), static_cast<jlong>(column));
  env->DeleteLocalRef(text);
  if (env->ExceptionCheck() || exception == nullptr) return;
  env->Throw(static_cast<jthrowable>(exception));
  env->DeleteLocalRef(exception);
}

}  // namespace

void throw_gongkai(JNIEnv* env, const gk_error& error) {
  // The library NUL-terminates; terminate again in case a future layout does not.
  char message[GK_ERROR_MESSAGE_SIZE];
  std::memcpy(message, error.message, sizeof message);
  message[sizeof message - 1] = '\0';
  throw_gongkai_fields(env, error.code, message, error.offset, error.line, error.column);
}

void throw_gongkai(JNIEnv* env, gk_status code, const char* message) {
  throw_gongkai_fields(env, code, message, 0, 0, 0);
}

void throw_illegal_state(JNIEnv* env, const char* message) { throw_class(env, cache.illegal_state, message); }
void throw_null_pointer(JNIEnv* env, const char* message) { throw_class(env, cache.null_pointer, message); }
void throw_out_of_memory(JNIEnv* env, const char* message) { throw_class(env, cache.out_of_memory, message); }

Bytes copy_bytes(JNIEnv* env, jbyteArray array, const char* what) {
  Bytes out;
  if (array == nullptr) {
    throw_null_pointer(env, what);
    return out;
  }
  const jsize length = env->GetArrayLength(array);
  out.data.resize(static_cast<std::size_t>(length));
  if (length > 0) env->GetByteArrayRegion(array, 0, length, reinterpret_cast<jbyte*>(&out.data[0]));
  out.ok = !env->ExceptionCheck();
  return out;
}

jbyteArray new_bytes(JNIEnv* env, const char* data, std::size_t size) {
  if (size > static_cast<std::size_t>(std::numeric_limits<jsize>::max())) {
    throw_gongkai(env, GK_TOO_LARGE, "gongkai: the result is larger than a Java array can hold");
    return nullptr;
  }
  jbyteArray array = env->NewByteArray(static_cast<jsize>(size));
  if (array == nullptr) return nullptr;  // OutOfMemoryError pending
  if (size > 0) env->SetByteArrayRegion(array, 0, static_cast<jsize>(size), reinterpret_cast<const jbyte*>(data));
  if (env->ExceptionCheck()) {
    env->DeleteLocalRef(array);
    return nullptr;
  }
  return array;
}

jbyteArray new_bytes_or_null(JNIEnv* env, const char* text, bool& failed) {
  if (text == nullptr) return nullptr;
  jbyteArray array = new_bytes(env, text, std::strlen(text));
  if (array == nullptr) failed = true;
  return array;
}

TextArray::TextArray(JNIEnv* env, std::size_t size) : env_(env), array_(nullptr), size_(size) {
  if (size > static_cast<std::size_t>(std::numeric_limits<jsize>::max())) {
    throw_gongkai(env, GK_TOO_LARGE, "gongkai: too many entries for a Java array");
    failed_ = true;
    return;
  }
  array_ = env->NewObjectArray(static_cast<jsize>(size), cache.byte_array, nullptr);
  if (array_ == nullptr) failed_ = true;
}

bool TextArray::push(const char* text) {
  if (!ok()) return false;
  if (next_ >= size_) {
    throw_gongkai(env_, GK_INTERNAL, "gongkai: JNI glue wrote past the end of an array");
    failed_ = true;
    return false;
  }
  jbyteArray element = new_bytes_or_null(env_, text, failed_);
  if (failed_) return false;
  env_->SetObjectArrayElement(array_, static_cast<jsize>(next_++), element);
  if (element != nullptr) env_->DeleteLocalRef(element);
  if (env_->ExceptionCheck()) failed_ = true;
  return !failed_;
}

jobjectArray TextArray::release() noexcept {
  if (!ok() || next_ != size_) {
    if (!failed_ && !env_->ExceptionCheck())
      throw_gongkai(env_, GK_INTERNAL, "gongkai: JNI glue filled an array only partly");
    if (array_ != nullptr) env_->DeleteLocalRef(array_);
    array_ = nullptr;
    return nullptr;
  }
  jobjectArray out = array_;
  array_ = nullptr;
  return out;
}

jlongArray new_longs(JNIEnv* env, const jlong* values, std::size_t size) {
  if (size > static_cast<std::size_t>(std::numeric_limits<jsize>::max())) {
    throw_gongkai(env, GK_TOO_LARGE, "gongkai: too many entries for a Java array");
    return nullptr;
  }
  jlongArray array = env->NewLongArray(static_cast<jsize>(size));
  if (array == nullptr) return nullptr;
  if (size > 0) env->SetLongArrayRegion(array, 0, static_cast<jsize>(size), values);
  if (env->ExceptionCheck()) {
    env->DeleteLocalRef(array);
    return nullptr;
  }
  return array;
}

}  // namespace gongkai::jni
