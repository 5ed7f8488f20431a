/* The floor for `ekssc build`: writes a given tree's bytes to the same number of files, with no
 * compiler logic at all. Input: a pack made by scripts/benchmark.sh from an ekssc output tree
 * (records "path\0size\0bytes"). Untimed: load the pack and parse every .yaml file into libyaml
 * events. Timed: for each file, emit its events through a libyaml emitter (same settings as
 * ekssc: unicode, width -1, indent 2, LF) into a buffer, or take a JSON/Markdown file's bytes as
 * they are; create its folders and write it with one write(2). Prints the timed phase in
 * seconds and exits 1 when an emitted file's bytes differ from the input's.
 *   cc -O2 -o floor scripts/floor.c -lyaml && ./floor PACK OUTDIR
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>

typedef struct { char *path; unsigned char *bytes; size_t size; yaml_event_t *events; size_t count; } entry_t;
typedef struct { unsigned char *data; size_t size, capacity; } buffer_t;

static int to_buffer(void *context, unsigned char *data, size_t size) {
    buffer_t *b = context;
    if (b->size + size > b->capacity) {
        while (b->size + size > b->capacity) b->capacity = b->capacity ? b->capacity * 2 : 65536;
        b->data = realloc(b->data, b->capacity);
    }
    memcpy(b->data + b->size, data, size);
    b->size += size;
    return 1;
}

static void parse_events(entry_t *e) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, e->bytes, e->size);
    size_t capacity = 64;
    e->events = malloc(capacity * sizeof(yaml_event_t));
    for (;;) {
        if (e->count == capacity) e->events = realloc(e->events, (capacity *= 2) * sizeof(yaml_event_t));
        yaml_event_t *event = &e->events[e->count];
        if (!yaml_parser_parse(&parser, event)) { fprintf(stderr, "floor: cannot parse %s\n", e->path); exit(2); }
        e->count++;
        if (event->type == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&parser);
}

/* A copy of a parsed event that the emitter may consume (it frees what it is given). */
static void copy_event(yaml_event_t *to, const yaml_event_t *from) {
    switch (from->type) {
    case YAML_STREAM_START_EVENT: yaml_stream_start_event_initialize(to, YAML_UTF8_ENCODING); break;
    case YAML_STREAM_END_EVENT: yaml_stream_end_event_initialize(to); break;
    case YAML_DOCUMENT_START_EVENT: yaml_document_start_event_initialize(to, NULL, NULL, NULL, 0); break;
    case YAML_DOCUMENT_END_EVENT: yaml_document_end_event_initialize(to, 1); break;
    case YAML_SEQUENCE_START_EVENT:
        yaml_sequence_start_event_initialize(to, NULL, NULL, 1, from->data.sequence_start.style); break;
    case YAML_SEQUENCE_END_EVENT: yaml_sequence_end_event_initialize(to); break;
    case YAML_MAPPING_START_EVENT:
        yaml_mapping_start_event_initialize(to, NULL, NULL, 1, from->data.mapping_start.style); break;
    case YAML_MAPPING_END_EVENT: yaml_mapping_end_event_initialize(to); break;
    case YAML_SCALAR_EVENT:
        yaml_scalar_event_initialize(to, NULL, NULL, from->data.scalar.value, (int)from->data.scalar.length,
                                     1, 1, from->data.scalar.style); break;
    default: memset(to, 0, sizeof *to); break;
    }
}

/* Creates `path`'s folders, skipping them when the previous file was in the same folder. */
static void make_parents(char *path) {
    static char previous[4096];
    char *last = strrchr(path, '/');
    size_t length = last ? (size_t)(last - path) : 0;
    if (length == strlen(previous) && strncmp(previous, path, length) == 0) return;
    memcpy(previous, path, length);
    previous[length] = 0;
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = 0;
        if (mkdir(path, 0755) != 0 && errno != EEXIST) { perror(path); exit(2); }
        *slash = '/';
    }
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor PACK OUTDIR\n"); return 2; }
    FILE *pack = fopen(argv[1], "rb");
    if (!pack) { perror(argv[1]); return 2; }
    size_t count = 0, capacity = 1024;
    entry_t *entries = calloc(capacity, sizeof(entry_t));
    char path[4096], size_text[32];
    while (1) {
        int c, i = 0;
        while ((c = fgetc(pack)) != EOF && c != 0 && i < 4095) path[i++] = (char)c;
        if (c == EOF) break;
        path[i] = 0;
        i = 0;
        while ((c = fgetc(pack)) != EOF && c != 0 && i < 31) size_text[i++] = (char)c;
        size_text[i] = 0;
        if (count == capacity) entries = realloc(entries, (capacity *= 2) * sizeof(entry_t));
        entry_t *e = &entries[count++];
        memset(e, 0, sizeof *e);
        e->size = strtoull(size_text, NULL, 10);
        e->bytes = malloc(e->size + 1);
        if (fread(e->bytes, 1, e->size, pack) != e->size) { fprintf(stderr, "floor: short pack\n"); return 2; }
        size_t length = strlen(argv[2]) + 1 + strlen(path) + 1;
        e->path = malloc(length);
        snprintf(e->path, length, "%s/%s", argv[2], path);
        size_t n = strlen(path);
        if (n > 5 && strcmp(path + n - 5, ".yaml") == 0) parse_events(e);
    }
    fclose(pack);
    if (mkdir(argv[2], 0755) != 0) { perror(argv[2]); return 2; }

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    buffer_t buffer = {0};
    int mismatches = 0;
    for (size_t k = 0; k < count; k++) {
        entry_t *e = &entries[k];
        const unsigned char *out = e->bytes;
        size_t size = e->size;
        if (e->events) {
            yaml_emitter_t emitter;
            yaml_emitter_initialize(&emitter);
            yaml_emitter_set_unicode(&emitter, 1);
            yaml_emitter_set_width(&emitter, -1);
            yaml_emitter_set_indent(&emitter, 2);
            yaml_emitter_set_break(&emitter, YAML_LN_BREAK);
            buffer.size = 0;
            yaml_emitter_set_output(&emitter, to_buffer, &buffer);
            for (size_t j = 0; j < e->count; j++) {
                yaml_event_t event;
                copy_event(&event, &e->events[j]);
                if (!yaml_emitter_emit(&emitter, &event)) { fprintf(stderr, "floor: emit failed\n"); return 2; }
            }
            yaml_emitter_delete(&emitter);
            out = buffer.data;
            size = buffer.size;
            if (size != e->size || memcmp(out, e->bytes, size) != 0) mismatches++;
        }
        make_parents(e->path);
        int fd = open(e->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0 || write(fd, out, size) != (ssize_t)size) { perror(e->path); return 2; }
        close(fd);
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    printf("%.4f\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9);
    if (mismatches) fprintf(stderr, "floor: %d emitted files differ from ekssc's bytes\n", mismatches);
    return mismatches ? 1 : 0;
}
