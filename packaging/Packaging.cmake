# Installers through CPack: a .deb on Linux, NSIS on Windows (windeployqt at install time),
# a drag-and-drop DMG on macOS (macdeployqt at install time).
install(FILES ${CMAKE_SOURCE_DIR}/resources/boekhoudbrug.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/boekhoudbrug.svg
    DESTINATION share/icons/hicolor/scalable/apps)

if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET boekhoudbrug OUTPUT_SCRIPT _deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${_deploy_script})
endif()

set(CPACK_PACKAGE_NAME "Boekhoudbrug")
set(CPACK_PACKAGE_VENDOR "Boekhoudbrug")
set(CPACK_PACKAGE_CONTACT "support@boekhoudbrug.nl")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Boekhoudbrug")
set(CPACK_PACKAGE_EXECUTABLES "boekhoudbrug;Boekhoudbrug")
# Fixed, never to change: lets Windows installers upgrade earlier versions in place.
set(CPACK_WIX_UPGRADE_GUID "6F1C2A7E-4B7D-4E21-9C0B-0D5B8E3A9F41")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, gnome-keyring | kwalletmanager")
endif()

include(CPack)
