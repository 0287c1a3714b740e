// The About box and the desktop menu's results.
export const desktopMessages = {
  about: {
    title: 'About Afterloop',
    open: 'About Afterloop…',
    tagline: 'The post-purchase workbench for TikTok Shop sellers. Your shop data stays on this computer.',
    version: 'Version',
    built: 'Built',
    system: 'System',
    go: 'Go',
    fonts: 'Bundled fonts',
    libraries: 'Libraries',
    copyDiagnostics: 'Copy diagnostics',
    openDataFolder: 'Open data folder',
    openLog: 'Check the log',
    diagnosticsCopied: 'Diagnostics copied (with the last {lines} log lines). Paste them into your support request.',
    diagnosticsFailed: 'The diagnostics could not be copied: {message}',
  },
}
