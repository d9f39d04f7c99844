/*
 * color.c: whether diagnostics are coloured. The flag decides when given
 * (--color=always|never); `auto`, the default, follows the conventions
 * terminal tools share, checked in this order (as Rust's anstream does):
 *   NO_COLOR set and non-empty   never (no-color.org: an empty value is
 *                                the same as unset);
 *   CLICOLOR_FORCE set, not "0"  always, even into a pipe
 *                                (bixense.com/clicolors);
 *   TERM=dumb                    never (Emacs' shell, some CI logs);
 *   otherwise                    when standard error is a terminal.
 * JSON diagnostics are never coloured: escape codes inside "rendered"
 * would only confuse the tool reading them.
 */
#include "driver/driver.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool cli_color_choice(Cli *cli, const char *v) {
    static const char *names[] = {"auto", "always", "never"};  /* ORDER ColorChoice */
    for (int i = 0; i < 3; i++)
        if (strcmp(v, names[i]) == 0) {
            cli->color = (ColorChoice)i;
            return true;
        }
    return false;
}

static bool env_set(const char *name) {
    const char *v = getenv(name);
    return v && *v;
}

bool cli_use_color(Cli *cli, bool json) {
    if (json || cli->color == COLOR_NEVER)
        return false;
    if (cli->color == COLOR_ALWAYS)
        return true;
    if (env_set("NO_COLOR"))
        return false;
    if (env_set("CLICOLOR_FORCE") && strcmp(getenv("CLICOLOR_FORCE"), "0") != 0)
        return true;
    const char *term = getenv("TERM");
    if (term && strcmp(term, "dumb") == 0)
        return false;
    return isatty(2);
}
