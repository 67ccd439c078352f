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

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    # Upgrades in place: NSIS keys the installation on this registry key (HKLM\Software\Boekhoudbrug), the
    # same for every version, and removes the installed version before it installs the new one. (A WiX
    # upgrade GUID did nothing here: NSIS never reads it.) Settings, the store and the keychain entries are
    # the user's and survive, since the uninstaller removes only the installed files.
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Boekhoudbrug")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_DISPLAY_NAME "Boekhoudbrug")
    set(CPACK_NSIS_PACKAGE_NAME "Boekhoudbrug")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\boekhoudbrug.exe")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "boekhoudbrug.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "https://www.boekhoudbrug.nl")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_PACKAGE_FILE_NAME "Boekhoudbrug-${PROJECT_VERSION}-windows-x64")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    # A drag-and-drop disk image: the bundle beside a link to /Applications; the CLI lives inside the bundle
    # (Boekhoudbrug.app/Contents/MacOS/boekhoudbrug-cli), where the launchd agent finds it.
    set(CPACK_DMG_VOLUME_NAME "Boekhoudbrug ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "Boekhoudbrug-${PROJECT_VERSION}-macos")
else()
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    # Loaded at run time, so shlibdeps cannot see them: the SQLite driver, the SVG icon plugin, a keychain service.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, gnome-keyring | kwalletmanager")
    # notify-send: an unattended sync (systemd user timer) that needs attention says so on the desktop; without it
    # the app still works and says it when it opens.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libnotify-bin")
endif()

include(CPack)
