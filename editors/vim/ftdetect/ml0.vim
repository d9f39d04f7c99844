" ML0 files
au BufRead,BufNewFile *.ml0 setfiletype ml0
