// node:path on POSIX: join, resolve, basename, extname, parse, format, relative, normalize.
import path from 'node:path'

console.log(path.join('/users', 'ada', '..', 'linus', 'notes.txt'))
console.log(path.basename('/var/log/app.log'), path.basename('/var/log/app.log', '.log'), path.extname('archive.tar.gz'))
console.log(path.dirname('/a/b/c.txt'), path.normalize('/a//b/./c/../d/'), path.isAbsolute('./x'))
console.log(path.parse('/home/user/dir/file.txt'))
console.log(path.format({ dir: '/home/user/dir', base: 'file.txt' }), path.format({ root: '/', name: 'file', ext: 'txt' }))
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.sep, path.delimiter)
console.log(path.join(), path.extname('.bashrc'), path.posix === path)
