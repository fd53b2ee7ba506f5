//! Loading a Python source file, with a clear error for each way that can fail before parsing.

use std::fmt;
use std::path::{Path, PathBuf};

/// A Python source file as the compiler sees it: the path the user named and its UTF-8 text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given on the command line; shown in diagnostics and tracebacks.
    pub path: PathBuf,
    /// The whole text of the file.
    pub text: String,
}

/// Why a source file could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The path does not exist.
    NotFound(PathBuf),
    /// The path exists but could not be read (permissions, a directory, ...).
    Unreadable(PathBuf, std::io::Error),
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    NotUtf8 {
        path: PathBuf,
        line: usize,
        offset: usize,
    },
}

impl LoadError {
    /// The file that could not be loaded.
    pub fn path(&self) -> &Path {
        match self {
            LoadError::NotFound(p) | LoadError::Unreadable(p, _) => p,
            LoadError::NotUtf8 { path, .. } => path,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound(p) => write!(
                f,
                "can't open file '{}': No such file or directory",
                p.display()
            ),
            LoadError::Unreadable(p, e) => write!(f, "can't read file '{}': {e}", p.display()),
            LoadError::NotUtf8 { path, line, offset } => write!(
                f,
                "'{}' is not valid UTF-8 (first invalid byte at offset {offset}, line {line}); \
                 save the file as UTF-8",
                path.display()
            ),
        }
    }
}

impl SourceFile {
    /// Builds a source file from text already in memory.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// Reads `path` from disk.
    pub fn load(path: &Path) -> Result<SourceFile, LoadError> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(LoadError::NotFound(path.to_path_buf()));
            }
            Err(e) => return Err(LoadError::Unreadable(path.to_path_buf(), e)),
        };
        match String::from_utf8(bytes) {
            Ok(mut text) => {
                // A UTF-8 byte-order mark is allowed by Python and ignored.
                if text.starts_with('\u{feff}') {
                    text.drain(..3);
                }
                Ok(SourceFile {
                    path: path.to_path_buf(),
                    text,
                })
            }
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..offset]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                Err(LoadError::NotUtf8 {
                    path: path.to_path_buf(),
                    line,
                    offset,
                })
            }
        }
    }

    /// The file name shown in tracebacks and diagnostics.
    pub fn display_name(&self) -> String {
        self.path.display().to_string()
    }

    /// The name tracebacks and `__file__` show: CPython makes the script's path absolute
    /// (since 3.9) and finds imported modules through absolute `sys.path` entries, so a file
    /// from disk is shown by its absolute path (symbolic links kept, as `os.path.abspath`
    /// does); a built-in library file (`<rusputyn>/...`) keeps its name.
    pub fn traceback_name(&self) -> String {
        if self.path.to_string_lossy().starts_with('<') {
            return self.display_name();
        }
        std::path::absolute(&self.path)
            .unwrap_or_else(|_| self.path.clone())
            .display()
            .to_string()
    }

    /// True when the file holds nothing but whitespace and comments.
    pub fn is_effectively_empty(&self) -> bool {
        self.text.lines().all(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#')
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = self.text[line_start..offset].chars().count() + 1;
        (line, col)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        self.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
    }
}
