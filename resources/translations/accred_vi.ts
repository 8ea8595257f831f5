<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First-time setup</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <source>This database has no officer accounts yet. Create the administrator account: it can then add the other officers.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản cán bộ nào. Hãy tạo tài khoản quản trị viên; sau đó quản trị viên có thể thêm các cán bộ khác.</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Ít nhất {count} ký tự</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Tạo quản trị viên</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của quản trị viên.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Accreditation officer</source>
        <translation>Cán bộ cấp thẻ</translation>
    </message>
    <message>
        <source>Checkpoint officer</source>
        <translation>Cán bộ chốt kiểm soát</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Danh sách đen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press accreditation desk — {organisation}</source>
        <translation>Bàn cấp thẻ tác nghiệp — {organisation}</translation>
    </message>
    <message>
        <source>Your account is for checkpoint duty only, so the reporter registry is not shown. The checkpoint mode (scanning passes) comes in a later version of the software; ask an administrator if you need access to the registry.</source>
        <translation>Tài khoản của bạn chỉ dùng cho nhiệm vụ tại chốt kiểm soát nên danh sách phóng viên không được hiển thị. Chế độ chốt kiểm soát (quét thẻ tác nghiệp) sẽ có trong phiên bản sau của phần mềm; nếu cần xem danh sách phóng viên, hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Officer: {username} ({role})</source>
        <translation>Cán bộ: {username} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Cơ sở dữ liệu: {location}</translation>
    </message>
    <message>
        <source>Search by name, press card, citizen ID or phone (accents optional)</source>
        <translation>Tìm theo họ tên, số thẻ nhà báo, số CCCD hoặc số điện thoại (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm kiếm:</translation>
    </message>
    <message>
        <source>1 reporter</source>
        <translation>1 phóng viên</translation>
    </message>
    <message>
        <source>{count} reporters</source>
        <translation>{count} phóng viên</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Press accreditation desk, version {version}.
Registers reporters and issues signed field passes for the press office.</source>
        <translation>Bàn cấp thẻ tác nghiệp, phiên bản {version}.
Quản lý hồ sơ phóng viên và cấp thẻ tác nghiệp có chữ ký số cho bộ phận báo chí.</translation>
    </message>
</context>
<context>
    <name>ReporterTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Press card no.</source>
        <translation>Số thẻ nhà báo</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Hạn thẻ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>This press card has expired.</source>
        <translation>Thẻ nhà báo này đã hết hạn.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Press accreditation desk</source>
        <translation>Bàn cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Press accreditation desk</source>
        <translation>Bàn cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>Không tìm thấy bản sao lưu nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Restore the newest backup, {name} ({time})? The damaged file is kept aside.</source>
        <translation>Khôi phục bản sao lưu mới nhất, {name} ({time})? Tệp bị hỏng sẽ được giữ lại riêng.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {path}.</source>
        <translation>Đã khôi phục bản sao lưu. Tệp bị hỏng được giữ lại tại {path}.</translation>
    </message>
</context>
</TS>
