/*
 * token.c: token names for messages ("')'", "name", "newline").
 * ORDER: the %token declarations of grammar.y (TK_* values).
 */
#include "syntax.h"
#include "grammar.h"

const char *token_name(int kind) {
    switch (kind) {
    case 0: return "end of file";
    case TK_IDENT: return "name";
    case TK_INT: case TK_FLOAT: case TK_STRING: return "literal";
    case TK_BREAK: return "'break'";
    case TK_CONST: return "'const'";
    case TK_CONTINUE: return "'continue'";
    case TK_ELSE: return "'else'";
    case TK_FOR: return "'for'";
    case TK_FUNC: return "'func'";
    case TK_IF: return "'if'";
    case TK_RANGE: return "'range'";
    case TK_RETURN: return "'return'";
    case TK_STRUCT: return "'struct'";
    case TK_TYPE: return "'type'";
    case TK_VAR: return "'var'";
    case TK_MUT: return "'mut'";
    case TK_PACKAGE: return "'package'";
    case TK_IMPORT: return "'import'";
    case TK_INTERFACE: return "'interface'";
    case TK_MAP: return "'map'";
    case TK_SWITCH: return "'switch'";
    case TK_CASE: return "'case'";
    case TK_DEFAULT: return "'default'";
    case TK_GOTO: return "'goto'";
    case TK_FALLTHROUGH: return "'fallthrough'";
    case TK_LPAREN: return "'('";
    case TK_RPAREN: return "')'";
    case TK_LBRACK: return "'['";
    case TK_RBRACK: return "']'";
    case TK_LBRACE: case TK_BODY: return "'{'";
    case TK_RBRACE: return "'}'";
    case TK_COMMA: return "','";
    case TK_SEMI: return "';'";
    case TK_COLON: return "':'";
    case TK_DOT: return "'.'";
    case TK_ELLIPSIS: return "'...'";
    case TK_DEFINE: return "':='";
    case TK_ASSIGN: return "'='";
    case TK_OPASSIGN: return "assignment operator";
    case TK_INC: return "'++'";
    case TK_DEC: return "'--'";
    case TK_LOR: return "'||'";
    case TK_LAND: return "'&&'";
    case TK_EQ: return "'=='";
    case TK_NE: return "'!='";
    case TK_LT: return "'<'";
    case TK_LE: return "'<='";
    case TK_GT: return "'>'";
    case TK_GE: return "'>='";
    case TK_ADD: return "'+'";
    case TK_SUB: return "'-'";
    case TK_OR: return "'|'";
    case TK_XOR: return "'^'";
    case TK_MUL: return "'*'";
    case TK_DIV: return "'/'";
    case TK_REM: return "'%'";
    case TK_SHL: return "'<<'";
    case TK_SHR: return "'>>'";
    case TK_AND: return "'&'";
    case TK_ANDNOT: return "'&^'";
    case TK_NOT: return "'!'";
    default: return "token";
    }
}
