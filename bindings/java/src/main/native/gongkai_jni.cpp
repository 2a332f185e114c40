// The native methods of org.gongkai.NativeBridge: each converts Java arrays
// to a call of the C ABI (gongkai.h) and the result back to Java arrays.
// No engine logic lives here.
//
// Shapes handed to Java (decoded by org.gongkai.NativeBridge, which names
// every index; keep the two in step):
//   meta:        text[11] = title, organ, format, published, period_start,
//                           period_end, contact address, postcode, phone,
//                           email, website
//                numbers[3] = year, input_bytes, input_lines
//   cells:       text[4 per cell] = key, value, raw, note
//                numbers[4 per cell] = state, line, column, inferred
//                places[9 per cell] (doubles) = has place, page, x0, y0, x1,
//                                   y1, table, row, column
//   diagnostics: Object[2] = { text, numbers }; per finding
//                text: rule, severity name, message_zh, message_en, lhs, rhs,
//                      difference, evidence, then key, value per cell read
//                numbers: severity, line, column, cell count, then line,
//                         column per cell read
#include <jni.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "gongkai.h"
#include "jni_util.hpp"

namespace gongkai::jni {
namespace {

constexpr const char* kBridgeClass = "org/gongkai/NativeBridge";

jlong handle_of(gk_report* report) { return static_cast<jlong>(reinterpret_cast<std::intptr_t>(report)); }

struct BufferFree {
  void operator()(gk_buffer* b) const noexcept { gk_buffer_free(b); }
};
struct DiagnosticsFree {
  void operator()(gk_diagnostics* d) const noexcept { gk_diagnostics_free(d); }
};

// Java passes sizes as long; 0 or less means "the library's default".
std::size_t size_option(jlong value) { return value <= 0 ? 0 : static_cast<std::size_t>(value); }

jint JNICALL abi_version(JNIEnv*, jclass) { return static_cast<jint>(gk_abi_version()); }

jint JNICALL header_abi_version(JNIEnv*, jclass) { return GK_ABI_VERSION; }

jbyteArray JNICALL version(JNIEnv* env, jclass) {
  return guarded(env, jbyteArray{nullptr}, [&] {
    bool failed = false;
    return new_bytes_or_null(env, gk_version(), failed);
  });
}

jlong JNICALL parse(JNIEnv* env, jclass, jbyteArray utf8, jlong max_input_bytes, jboolean validate) {
  return guarded(env, jlong{0}, [&]() -> jlong {
    Bytes input = copy_bytes(env, utf8, "gongkai: input bytes are null");
    if (!input.ok) return 0;
    gk_parse_options options;
    gk_parse_options_init(&options);
    options.max_input_bytes = size_option(max_input_bytes);
    options.validate = validate == JNI_TRUE ? 1 : 0;
    gk_report* report = nullptr;
    gk_error error;
    const gk_status status = gk_report_parse(input.data.data(), input.data.size(), &options, &report, &error);
    if (status != GK_OK) {
      gk_report_free(report);  // NULL on failure; free in case
      throw_gongkai(env, error);
      return 0;
    }
    return handle_of(report);
  });
}

// A report from a file (its bytes, or its path when `from_path`).
jlong parse_file_common(JNIEnv* env, jbyteArray data, jint kind, jbyteArray encoding, jlong max_input_bytes,
                        jboolean validate, bool from_path) {
  Bytes input = copy_bytes(env, data, from_path ? "gongkai: path is null" : "gongkai: input bytes are null");
  if (!input.ok) return 0;
  Bytes enc = copy_bytes(env, encoding, "gongkai: encoding is null");
  if (!enc.ok) return 0;
  gk_parse_options options;
  gk_parse_options_init(&options);
  options.max_input_bytes = size_option(max_input_bytes);
  options.validate = validate == JNI_TRUE ? 1 : 0;
  gk_file_options file_options;
  gk_file_options_init(&file_options);
  file_options.kind = kind;
  file_options.encoding = enc.data.empty() ? nullptr : enc.data.data();
  file_options.encoding_length = enc.data.size();
  gk_report* report = nullptr;
  gk_error error;
  const gk_status status =
      from_path ? gk_report_parse_file(input.data.data(), input.data.size(), &file_options, &options, &report, &error)
                : gk_report_parse_bytes(input.data.data(), input.data.size(), &file_options, &options, &report, &error);
  if (status != GK_OK) {
    gk_report_free(report);
    throw_gongkai(env, error);
    return 0;
  }
  return handle_of(report);
}

jlong JNICALL parse_file_bytes(JNIEnv* env, jclass, jbyteArray bytes, jint kind, jbyteArray encoding,
                               jlong max_input_bytes, jboolean validate) {
  return guarded(env, jlong{0}, [&]() -> jlong {
    return parse_file_common(env, bytes, kind, encoding, max_input_bytes, validate, false);
  });
}

jlong JNICALL parse_file_path(JNIEnv* env, jclass, jbyteArray path, jint kind, jbyteArray encoding,
                              jlong max_input_bytes, jboolean validate) {
  return guarded(env, jlong{0}, [&]() -> jlong {
    return parse_file_common(env, path, kind, encoding, max_input_bytes, validate, true);
  });
}

jlong JNICALL from_json(JNIEnv* env, jclass, jbyteArray json, jlong max_depth, jlong max_bytes) {
  return guarded(env, jlong{0}, [&]() -> jlong {
    Bytes input = copy_bytes(env, json, "gongkai: JSON bytes are null");
    if (!input.ok) return 0;
    gk_json_options options;
    gk_json_options_init(&options);
    options.max_depth = size_option(max_depth);
    options.max_bytes = size_option(max_bytes);
    gk_report* report = nullptr;
    gk_error error;
    const gk_status status = gk_report_from_json(input.data.data(), input.data.size(), &options, &report, &error);
    if (status != GK_OK) {
      gk_report_free(report);
      throw_gongkai(env, error);
      return 0;
    }
    return handle_of(report);
  });
}

void JNICALL free_report(JNIEnv*, jclass, jlong handle) {
  // gk_report_free neither throws nor fails; it accepts NULL.
  gk_report_free(reinterpret_cast<gk_report*>(static_cast<std::intptr_t>(handle)));
}

jbyteArray JNICALL to_json(JNIEnv* env, jclass, jlong handle, jint flags) {
  return guarded(env, jbyteArray{nullptr}, [&]() -> jbyteArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    gk_buffer* raw = nullptr;
    gk_error error;
    const gk_status status = gk_report_to_json(report, static_cast<unsigned>(flags), &raw, &error);
    std::unique_ptr<gk_buffer, BufferFree> buffer(raw);
    if (status != GK_OK) {
      throw_gongkai(env, error);
      return nullptr;
    }
    return new_bytes(env, gk_buffer_data(buffer.get()), gk_buffer_size(buffer.get()));
  });
}

jobjectArray JNICALL meta_text(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jobjectArray{nullptr}, [&]() -> jobjectArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    const gk_meta* m = gk_report_meta(report);
    TextArray out(env, 11);
    for (const char* text : {m->title, m->organ, m->format, m->published, m->period_start, m->period_end,
                             m->contact_address, m->contact_postcode, m->contact_phone, m->contact_email,
                             m->contact_website})
      if (!out.push(text)) break;
    return out.release();
  });
}

jlongArray JNICALL meta_numbers(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jlongArray{nullptr}, [&]() -> jlongArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    const gk_meta* m = gk_report_meta(report);
    const jlong numbers[] = {m->year, static_cast<jlong>(m->input_bytes), static_cast<jlong>(m->input_lines)};
    return new_longs(env, numbers, 3);
  });
}

jobjectArray JNICALL cell_text(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jobjectArray{nullptr}, [&]() -> jobjectArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    const std::size_t count = gk_report_field_count(report);
    TextArray out(env, count * 4);
    for (std::size_t i = 0; i < count && out.ok(); ++i) {
      const gk_field* f = gk_report_field_at(report, i);
      if (f == nullptr) {
        throw_gongkai(env, GK_INTERNAL, "gongkai: a field index within the count has no field");
        return nullptr;
      }
      out.push(f->key) && out.push(f->value) && out.push(f->raw) && out.push(f->note);
    }
    return out.release();
  });
}

jlongArray JNICALL cell_numbers(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jlongArray{nullptr}, [&]() -> jlongArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    const std::size_t count = gk_report_field_count(report);
    std::vector<jlong> numbers;
    numbers.reserve(count * 4);
    for (std::size_t i = 0; i < count; ++i) {
      const gk_field* f = gk_report_field_at(report, i);
      if (f == nullptr) {
        throw_gongkai(env, GK_INTERNAL, "gongkai: a field index within the count has no field");
        return nullptr;
      }
      numbers.insert(numbers.end(), {f->state, f->line, f->column, f->inferred ? 1 : 0});
    }
    return new_longs(env, numbers.data(), numbers.size());
  });
}

jdoubleArray JNICALL cell_places(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jdoubleArray{nullptr}, [&]() -> jdoubleArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    const std::size_t count = gk_report_field_count(report);
    std::vector<jdouble> places;
    places.reserve(count * 9);
    for (std::size_t i = 0; i < count; ++i) {
      const gk_field* f = gk_report_field_at(report, i);
      if (f == nullptr) {
        throw_gongkai(env, GK_INTERNAL, "gongkai: a field index within the count has no field");
        return nullptr;
      }
      places.insert(places.end(), {f->has_place ? 1.0 : 0.0, static_cast<jdouble>(f->place_page), f->place_box[0],
                                   f->place_box[1], f->place_box[2], f->place_box[3],
                                   static_cast<jdouble>(f->place_table), static_cast<jdouble>(f->place_row),
                                   static_cast<jdouble>(f->place_column)});
    }
    jdoubleArray out = env->NewDoubleArray(static_cast<jsize>(places.size()));
    if (out == nullptr) return nullptr;  // OutOfMemoryError pending
    env->SetDoubleArrayRegion(out, 0, static_cast<jsize>(places.size()), places.data());
    return out;
  });
}

// Findings in the shape described at the top, from any list that can say how
// many it has and give the i-th.
template <class At>
jobjectArray findings_to_java(JNIEnv* env, std::size_t count, At&& at) {
  std::size_t text_size = 0;
  std::vector<jlong> numbers;
  for (std::size_t i = 0; i < count; ++i) {
    const gk_diagnostic* d = at(i);
    if (d == nullptr) {
      throw_gongkai(env, GK_INTERNAL, "gongkai: a finding index within the count has no finding");
      return nullptr;
    }
    text_size += 8 + 2 * d->cell_count;
    numbers.insert(numbers.end(), {d->severity, d->line, d->column, static_cast<jlong>(d->cell_count)});
    for (std::size_t c = 0; c < d->cell_count; ++c)
      numbers.insert(numbers.end(), {d->cells[c].line, d->cells[c].column});
  }
  TextArray text(env, text_size);
  for (std::size_t i = 0; i < count && text.ok(); ++i) {
    const gk_diagnostic* d = at(i);
    text.push(d->rule) && text.push(d->severity_name) && text.push(d->message_zh) && text.push(d->message_en) &&
        text.push(d->lhs) && text.push(d->rhs) && text.push(d->difference) && text.push(d->evidence);
    for (std::size_t c = 0; c < d->cell_count && text.ok(); ++c)
      text.push(d->cells[c].key) && text.push(d->cells[c].value);
  }
  jobjectArray text_array = text.release();
  if (text_array == nullptr) return nullptr;
  jlongArray number_array = new_longs(env, numbers.data(), numbers.size());
  if (number_array == nullptr) return nullptr;
  jobjectArray pair = env->NewObjectArray(2, cache.object, nullptr);
  if (pair == nullptr) return nullptr;
  env->SetObjectArrayElement(pair, 0, text_array);
  if (!env->ExceptionCheck()) env->SetObjectArrayElement(pair, 1, number_array);
  env->DeleteLocalRef(text_array);
  env->DeleteLocalRef(number_array);
  if (env->ExceptionCheck()) return nullptr;
  return pair;
}

jobjectArray JNICALL diagnostics(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jobjectArray{nullptr}, [&]() -> jobjectArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    return findings_to_java(env, gk_report_diagnostic_count(report),
                            [&](std::size_t i) { return gk_report_diagnostic_at(report, i); });
  });
}

// The findings of a list a call made (defined below).
jobjectArray list_to_java(JNIEnv* env, gk_status status, gk_diagnostics* raw, const gk_error& error);

jobjectArray JNICALL validate(JNIEnv* env, jclass, jlong handle) {
  return guarded(env, jobjectArray{nullptr}, [&]() -> jobjectArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    gk_diagnostics* raw = nullptr;
    gk_error error;
    const gk_status status = gk_report_validate(report, &raw, &error);
    return list_to_java(env, status, raw, error);
  });
}

// The bytes of a buffer a gk_report_to_* call made, or nullptr with the
// call's error thrown into Java.
jbyteArray buffer_to_java(JNIEnv* env, gk_status status, gk_buffer* raw, const gk_error& error) {
  std::unique_ptr<gk_buffer, BufferFree> buffer(raw);
  if (status != GK_OK) {
    throw_gongkai(env, error);
    return nullptr;
  }
  return new_bytes(env, gk_buffer_data(buffer.get()), gk_buffer_size(buffer.get()));
}

// A gk_report_to_* call on a live report with a UTF-8 name copied from
// Java: `call(report, name, &buffer, &error)` returns the status.
template <class Call>
jbyteArray render_call(JNIEnv* env, jlong handle, jbyteArray name, const char* null_message, Call&& call) {
  return guarded(env, jbyteArray{nullptr}, [&]() -> jbyteArray {
    const gk_report* report = report_of(env, handle);
    if (report == nullptr) return nullptr;
    Bytes text = copy_bytes(env, name, null_message);
    if (!text.ok) return nullptr;
    gk_buffer* raw = nullptr;
    gk_error error;
    const gk_status status = call(report, text.data, &raw, &error);
    return buffer_to_java(env, status, raw, error);
  });
}

jbyteArray JNICALL to_csv(JNIEnv* env, jclass, jlong handle, jint layout, jint header, jboolean bom,
                          jbyteArray name) {
  return render_call(env, handle, name, "gongkai: the report name is null",
                     [&](const gk_report* report, const std::string& report_name, gk_buffer** out, gk_error* error) {
                       gk_csv_options options;
                       gk_csv_options_init(&options);
                       options.layout = layout;
                       options.header = header;
                       options.bom = bom == JNI_TRUE ? 1 : 0;
                       options.report_name = report_name.data();
                       options.report_name_length = report_name.size();
                       return gk_report_to_csv(report, &options, out, error);
                     });
}

jbyteArray JNICALL render(JNIEnv* env, jclass, jlong handle, jboolean html, jboolean list_findings,
                          jbyteArray source_name) {
  return render_call(env, handle, source_name, "gongkai: the source name is null",
                     [&](const gk_report* report, const std::string& name, gk_buffer** out, gk_error* error) {
                       gk_render_options options;
                       gk_render_options_init(&options);
                       options.list_findings = list_findings == JNI_TRUE ? 1 : 0;
                       options.source_name = name.data();
                       options.source_name_length = name.size();
                       return html == JNI_TRUE ? gk_report_to_html(report, &options, out, error)
                                               : gk_report_to_markdown(report, &options, out, error);
                     });
}

// The findings of a list a validate or compare call made, in the shape at the top.
jobjectArray list_to_java(JNIEnv* env, gk_status status, gk_diagnostics* raw, const gk_error& error) {
  std::unique_ptr<gk_diagnostics, DiagnosticsFree> list(raw);
  if (status != GK_OK) {
    throw_gongkai(env, error);
    return nullptr;
  }
  return findings_to_java(env, gk_diagnostics_count(list.get()),
                          [&](std::size_t i) { return gk_diagnostics_at(list.get(), i); });
}

jobjectArray JNICALL compare_previous(JNIEnv* env, jclass, jlong current_handle, jlong previous_handle) {
  return guarded(env, jobjectArray{nullptr}, [&]() -> jobjectArray {
    const gk_report* current = report_of(env, current_handle);
    if (current == nullptr) return nullptr;
    const gk_report* previous = report_of(env, previous_handle);
    if (previous == nullptr) return nullptr;
    gk_diagnostics* raw = nullptr;
    gk_error error;
    const gk_status status = gk_report_compare_previous(current, previous, &raw, &error);
    return list_to_java(env, status, raw, error);
  });
}

jobjectArray JNICALL compare_children(JNIEnv* env, jclass, jlong parent_handle, jlongArray child_handles) {
  return guarded(env, jobjectArray{nullptr}, [&]() -> jobjectArray {
    const gk_report* parent = report_of(env, parent_handle);
    if (parent == nullptr) return nullptr;
    if (child_handles == nullptr) {
      throw_null_pointer(env, "gongkai: children is null");
      return nullptr;
    }
    const jsize count = env->GetArrayLength(child_handles);
    std::vector<jlong> handles(static_cast<std::size_t>(count));
    env->GetLongArrayRegion(child_handles, 0, count, handles.data());
    if (env->ExceptionCheck()) return nullptr;
    std::vector<const gk_report*> children;
    children.reserve(handles.size());
    for (jlong h : handles) {
      const gk_report* child = report_of(env, h);
      if (child == nullptr) return nullptr;
      children.push_back(child);
    }
    gk_diagnostics* raw = nullptr;
    gk_error error;
    const gk_status status = gk_report_compare_children(parent, children.data(), children.size(), &raw, &error);
    return list_to_java(env, status, raw, error);
  });
}

jbyteArray JNICALL status_name(JNIEnv* env, jclass, jint status) {
  return guarded(env, jbyteArray{nullptr}, [&] {
    bool failed = false;
    return new_bytes_or_null(env, gk_status_name(status), failed);
  });
}

#define GK_NATIVE(name, signature, function) \
  JNINativeMethod { const_cast<char*>(name), const_cast<char*>(signature), reinterpret_cast<void*>(function) }

const JNINativeMethod kMethods[] = {
    GK_NATIVE("abiVersion", "()I", abi_version),
    GK_NATIVE("headerAbiVersion", "()I", header_abi_version),
    GK_NATIVE("version", "()[B", version),
    GK_NATIVE("statusName", "(I)[B", status_name),
    GK_NATIVE("parse", "([BJZ)J", parse),
    GK_NATIVE("fromJson", "([BJJ)J", from_json),
    GK_NATIVE("parseFileBytes", "([BI[BJZ)J", parse_file_bytes),
    GK_NATIVE("parseFilePath", "([BI[BJZ)J", parse_file_path),
    GK_NATIVE("cellPlaces", "(J)[D", cell_places),
    GK_NATIVE("free", "(J)V", free_report),
    GK_NATIVE("toJson", "(JI)[B", to_json),
    GK_NATIVE("metaText", "(J)[[B", meta_text),
    GK_NATIVE("metaNumbers", "(J)[J", meta_numbers),
    GK_NATIVE("cellText", "(J)[[B", cell_text),
    GK_NATIVE("cellNumbers", "(J)[J", cell_numbers),
    GK_NATIVE("diagnostics", "(J)[Ljava/lang/Object;", diagnostics),
    GK_NATIVE("validate", "(J)[Ljava/lang/Object;", validate),
    GK_NATIVE("toCsv", "(JIIZ[B)[B", to_csv),
    GK_NATIVE("render", "(JZZ[B)[B", render),
    GK_NATIVE("comparePrevious", "(JJ)[Ljava/lang/Object;", compare_previous),
    GK_NATIVE("compareChildren", "(J[J)[Ljava/lang/Object;", compare_children),
};

}  // namespace
}  // namespace gongkai::jni

extern "C" JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM* vm, void*) {
  using namespace gongkai::jni;
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK || env == nullptr) return JNI_ERR;
  try {
    if (!init_cache(env)) return JNI_ERR;
    jclass bridge = env->FindClass(kBridgeClass);
    if (bridge == nullptr) return JNI_ERR;
    const jint registered =
        env->RegisterNatives(bridge, kMethods, static_cast<jint>(sizeof kMethods / sizeof kMethods[0]));
    env->DeleteLocalRef(bridge);
    if (registered != JNI_OK) return JNI_ERR;
  } catch (...) {
    return JNI_ERR;
  }
  return JNI_VERSION_1_8;
}

extern "C" JNIEXPORT void JNICALL JNI_OnUnload(JavaVM* vm, void*) {
  JNIEnv* env = nullptr;
  if (vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_1_8) != JNI_OK || env == nullptr) return;
  gongkai::jni::release_cache(env);
}
