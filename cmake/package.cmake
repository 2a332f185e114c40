# Installs the CMake package (config, version file, exported targets) and the
# pkg-config file for the gongkai shared library. Included from the root
# CMakeLists.txt after capi/ defined the target.
include(CMakePackageConfigHelpers)

set(GONGKAI_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/gongkai)
install(EXPORT gongkaiTargets NAMESPACE gongkai:: DESTINATION ${GONGKAI_CMAKE_DIR} COMPONENT gongkai)
# gongkai::core and gongkai::gongkai_static, included by the config only when
# their link dependencies are found.
install(EXPORT gongkaiStaticTargets NAMESPACE gongkai:: DESTINATION ${GONGKAI_CMAKE_DIR} COMPONENT gongkai)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/gongkaiConfig.cmake.in
  ${PROJECT_BINARY_DIR}/gongkaiConfig.cmake
  INSTALL_DESTINATION ${GONGKAI_CMAKE_DIR})
# The ABI is the promise; within one major version, newer minors are fine.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/gongkaiConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/gongkaiConfig.cmake ${PROJECT_BINARY_DIR}/gongkaiConfigVersion.cmake
  DESTINATION ${GONGKAI_CMAKE_DIR} COMPONENT gongkai)

# The .pc file finds its prefix from where it lies (${pcfiledir}), so an
# install with `cmake --install --prefix DIR` anywhere stays correct.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(GONGKAI_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
  set(GONGKAI_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  file(RELATIVE_PATH GONGKAI_PC_UP "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
  string(REGEX REPLACE "/$" "" GONGKAI_PC_UP "${GONGKAI_PC_UP}")
  set(GONGKAI_PC_PREFIX "\${pcfiledir}/${GONGKAI_PC_UP}")
  set(GONGKAI_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(GONGKAI_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(GONGKAI_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/gongkai.pc.in ${PROJECT_BINARY_DIR}/gongkai.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/gongkai.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT gongkai)
