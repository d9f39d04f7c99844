" Vim syntax file
" Language: ML0 (Go syntax; Go's or Rust's memory rules), see docs/LANGUAGE.md
if exists("b:current_syntax")
  finish
endif

syn keyword ml0Conditional  if else switch case default
syn keyword ml0Repeat       for range
syn keyword ml0Statement    return break continue defer go goto fallthrough select
syn keyword ml0Declaration  func type struct var const package import interface map chan
syn keyword ml0Mut          mut
syn keyword ml0Type         int byte uint8 bool float float64 string error Box
syn keyword ml0Builtin      print println len cap append make new panic copy box nanotime
syn keyword ml0Constant     true false nil iota

syn match   ml0Number       "\<\d[0-9_]*\(\.[0-9_]*\)\=\>"
syn match   ml0Number       "\<0[xX][0-9A-Fa-f_]\+\>"
syn match   ml0Number       "\<0[oO][0-7_]\+\>"
syn match   ml0Number       "\<0[bB][01_]\+\>"
syn match   ml0Escape       contained "\\\(x\x\x\|u\x\{4}\|\o\{3}\|.\)"
syn region  ml0String       start=+"+ skip=+\\\\\|\\"+ end=+"+ contains=ml0Escape
syn region  ml0RawString    start=+`+ end=+`+
syn match   ml0Char         "'\(\\.\|[^'\\]\)'"
syn match   ml0FuncName     "\(\<func\s\+\((\_[^)]*)\s*\)\=\)\@<=\h\w*"
syn keyword ml0Todo         contained TODO FIXME XXX
syn region  ml0Comment      start="//" end="$" contains=ml0Todo
syn region  ml0Comment      start="/\*" end="\*/" contains=ml0Todo

hi def link ml0Conditional  Conditional
hi def link ml0Repeat       Repeat
hi def link ml0Statement    Statement
hi def link ml0Declaration  Keyword
hi def link ml0Mut          StorageClass
hi def link ml0Type         Type
hi def link ml0Builtin      Function
hi def link ml0Constant     Constant
hi def link ml0Number       Number
hi def link ml0String       String
hi def link ml0RawString    String
hi def link ml0Char         Character
hi def link ml0Escape       SpecialChar
hi def link ml0FuncName     Function
hi def link ml0Comment      Comment
hi def link ml0Todo         Todo

let b:current_syntax = "ml0"
