-- The agencies Ruang ZI serves from day one. Kementerian Agama may already exist (the demo
-- data creates it), so existing codes are left alone.
insert into instansi (code, name) values
    ('KEMENAG', 'Kementerian Agama'),
    ('KEMENIMIPAS', 'Kementerian Imigrasi dan Pemasyarakatan'),
    ('PEMKAB-LAMONGAN', 'Pemerintah Kabupaten Lamongan')
on conflict (code) do nothing;
