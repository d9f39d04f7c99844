# install.cmake: what `cmake --install build --prefix P` puts where, and the
# packages CPack makes from it (`cpack --config build/CPackConfig.cmake`:
# a .deb and a .tar.gz a course can ship as one file).
#
#   P/bin/ml0c                         the compiler
#   P/lib/ml0c/libml0rt_{gc,drop}.a    the runtimes, with the link flags each
#   P/lib/ml0c/ml0rt_{gc,drop}.link    needs (read by the compiler)
#   P/share/doc/ml0c/                  README, docs/, examples/
#
# ml0c finds its runtime relative to itself ($ORIGIN/../lib/ml0c), so the
# tree can be moved or unpacked anywhere.
include(GNUInstallDirs)

install(TARGETS ml0c RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET ml0rt_gc)
  install(TARGETS ml0rt_gc ml0rt_drop ARCHIVE DESTINATION lib/ml0c)
  install(FILES ${CMAKE_BINARY_DIR}/runtime/ml0rt_gc.link
                ${CMAKE_BINARY_DIR}/runtime/ml0rt_drop.link
          DESTINATION lib/ml0c)
endif()
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
if(EXISTS ${CMAKE_SOURCE_DIR}/editors)
  install(DIRECTORY editors/ DESTINATION ${CMAKE_INSTALL_DATADIR}/ml0c/editors)
endif()

set(CPACK_PACKAGE_NAME ml0c)
set(CPACK_PACKAGE_VENDOR "the ml0c project")
set(CPACK_PACKAGE_CONTACT "ml0c maintainers <ml0c@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "ML0 compiler: Go syntax, Go's or Rust's memory rules, native code through LLVM")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_STRIP_FILES ON)       # ml0c with static LLVM and -g is ~50 MB
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Generated programs are linked by the system C compiler against Boehm GC.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gcc | clang, libgc-dev")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
