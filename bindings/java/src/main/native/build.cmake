# Configures and builds the JNI library; Maven runs this (`cmake -P`) in the
# process-classes phase. Quiet on success, as `mvn -q` asks; on failure it
# prints the whole output. Either way the output is kept in LOG.
#
# -D variables: SOURCE_DIR (this folder), BUILD_DIR, GONGKAI_SOURCE_DIR,
# OUTPUT_ROOT, JAVA_HOME, JOBS, EXTRA_ARGS (a string of more -D arguments), LOG.
foreach(var SOURCE_DIR BUILD_DIR GONGKAI_SOURCE_DIR OUTPUT_ROOT LOG)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "build.cmake: -D${var}=... is required")
  endif()
endforeach()
if(NOT JOBS)
  set(JOBS 2)
endif()
separate_arguments(extra UNIX_COMMAND "${EXTRA_ARGS}")

set(generator)
if(NOT EXISTS "${BUILD_DIR}/CMakeCache.txt" AND NOT DEFINED ENV{CMAKE_GENERATOR})
  find_program(ninja NAMES ninja ninja-build)
  if(ninja)
    set(generator -G Ninja)
  endif()
endif()

file(WRITE "${LOG}" "")
function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  file(APPEND "${LOG}" "$ ${ARGN}\n${out}\n")
  if(NOT rc EQUAL 0)
    message("${out}")
    message(FATAL_ERROR "gongkai: ${what} of the JNI library failed (exit ${rc}); the log is ${LOG}")
  endif()
endfunction()

run_step("configuring" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BUILD_DIR}" ${generator}
  -DCMAKE_BUILD_TYPE=Release
  "-DGONGKAI_SOURCE_DIR=${GONGKAI_SOURCE_DIR}"
  "-DGONGKAI_JNI_OUTPUT_ROOT=${OUTPUT_ROOT}"
  "-DGONGKAI_JAVA_HOME=${JAVA_HOME}"
  ${extra})
run_step("building" "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --parallel ${JOBS})
