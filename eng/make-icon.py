"""Draws icon.png: a 128x128 kawung batik motif (four palm-fruit ovals around a centre point)
in sogan brown and cream, the colours of classic Central Javanese batik. Pure Python, no deps."""
import math, struct, zlib

N, SS = 128, 4  # size and supersampling factor
BG, RIM, FILL, DOT = (92, 52, 24), (60, 32, 14), (242, 226, 190), (176, 96, 36)

def colour(x, y):
    # Rounded-square tile with a thin darker rim.
    cx, cy = x - 64, y - 64
    r = 22.0
    qx, qy = max(abs(cx) - (64 - r), 0), max(abs(cy) - (64 - r), 0)
    if math.hypot(qx, qy) > r:
        return None
    c = RIM if math.hypot(qx, qy) > r - 4 or max(abs(cx), abs(cy)) > 60 else BG
    # Four ovals on the diagonals (kawung), each an ellipse rotated 45 degrees.
    for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):
        ox, oy = sx * 24, sy * 24
        dx, dy = cx - ox, cy - oy
        u = (dx * sx + dy * sy) / math.sqrt(2)   # along the diagonal
        v = (dx * sy - dy * sx) / math.sqrt(2)   # across it
        e = (u / 30) ** 2 + (v / 15) ** 2
        if e <= 1:
            c = FILL
            if (u / 12) ** 2 + (v / 4) ** 2 <= 1:  # seed line inside each fruit
                c = DOT
    if math.hypot(cx, cy) <= 7:  # the centre point where the four fruits meet
        c = DOT
    return c

rows = []
for y in range(N):
    row = bytearray([0])
    for x in range(N):
        acc, hits = [0, 0, 0], 0
        for i in range(SS):
            for j in range(SS):
                c = colour(x + (i + .5) / SS, y + (j + .5) / SS)
                if c:
                    hits += 1
                    for k in range(3):
                        acc[k] += c[k]
        if hits:
            row += bytes(int(a / hits) for a in acc) + bytes([int(255 * hits / SS / SS)])
        else:
            row += bytes(4)
    rows.append(bytes(row))

def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)

png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', N, N, 8, 6, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')
open('icon.png', 'wb').write(png)
