<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Press accreditation desk</source>
        <translation>Bàn cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Registers reporters and their agencies, issues signed QR field passes, runs the checkpoints that scan them and keeps the access log of the press office.</source>
        <translation>Quản lý hồ sơ phóng viên và cơ quan báo chí, cấp thẻ tác nghiệp có mã QR ký số, vận hành các chốt kiểm soát quét thẻ và lưu nhật ký ra vào của bộ phận báo chí.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>The desk is built on these free software libraries, each under its own licence (as its package states).</source>
        <translation>Phần mềm được xây dựng trên các thư viện phần mềm tự do dưới đây, mỗi thư viện theo giấy phép riêng (như gói cài đặt của nó ghi).</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Các thư viện và giấy phép</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Fonts, icons and sounds</source>
        <translation>Phông chữ, biểu tượng, âm thanh</translation>
    </message>
    <message>
        <source>Files shipped with the desk, as recorded in resources/LICENSES.md.</source>
        <translation>Các tệp đi kèm phần mềm, theo ghi chép trong resources/LICENSES.md.</translation>
    </message>
    <message>
        <source>Bundled files and their licences</source>
        <translation>Các tệp đi kèm và giấy phép</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AccessEntryEditor</name>
    <message>
        <source>Access recorded by hand</source>
        <translation>Lượt tiếp cận ghi nhận thủ công</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Thời điểm:</translation>
    </message>
    <message>
        <source>Date and time in Vietnam</source>
        <translation>Ngày và giờ (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>e.g. interview on road safety at Tết</source>
        <translation>ví dụ: phỏng vấn về an toàn giao thông dịp Tết</translation>
    </message>
    <message>
        <source>E&amp;vent or site:</source>
        <translation>Sự &amp;kiện, địa điểm:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Reporters given access</source>
        <translation>Phóng viên được tiếp cận</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Tìm &amp;phóng viên:</translation>
    </message>
    <message>
        <source>Name, press card, CCCD or phone</source>
        <translation>Họ tên, số thẻ nhà báo, CCCD hoặc điện thoại</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>Reporters found</source>
        <translation>Phóng viên tìm được</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Đã chọn:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ ra</translation>
    </message>
    <message>
        <source>Articles published afterwards</source>
        <translation>Tin, bài đã đăng sau đó</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Add &amp;article</source>
        <translation>Thêm bà&amp;i viết</translation>
    </message>
    <message>
        <source>Remove the ar&amp;ticle</source>
        <translation>&amp;Xóa bài viết</translation>
    </message>
    <message>
        <source>The reporters&apos; agency</source>
        <translation>Cơ quan của phóng viên</translation>
    </message>
    <message>
        <source>Saving the access…</source>
        <translation>Đang lưu lượt tiếp cận…</translation>
    </message>
    <message>
        <source>Record an access</source>
        <translation>Ghi nhận lượt tiếp cận</translation>
    </message>
    <message>
        <source>Access no. {number}</source>
        <translation>Lượt tiếp cận số {number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation>Chọn đơn vị</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AccessHistory</name>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Sự kiện, địa điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Ngày đăng</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Reporter taken off: {name}</source>
        <translation>Bỏ phóng viên: {name}</translation>
    </message>
    <message>
        <source>Reporter added: {name}</source>
        <translation>Thêm phóng viên: {name}</translation>
    </message>
    <message>
        <source>Article {number} added</source>
        <translation>Thêm bài viết {number}</translation>
    </message>
    <message>
        <source>Article {number} removed</source>
        <translation>Xóa bài viết {number}</translation>
    </message>
    <message>
        <source>Article {number} corrected</source>
        <translation>Sửa bài viết {number}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>out</source>
        <translation>ra</translation>
    </message>
    <message>
        <source>in</source>
        <translation>vào</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>cho qua</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>từ chối: {reason}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Subject or result</source>
        <translation>Nội dung, kết quả</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Sự kiện, địa điểm</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Reading the access log…</source>
        <translation>Đang đọc nhật ký tiếp cận…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>cho qua</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>từ chối: {reason}</translation>
    </message>
    <message>
        <source>zone {zone}</source>
        <translation>khu vực {zone}</translation>
    </message>
    <message>
        <source>pass {serial}</source>
        <translation>thẻ {serial}</translation>
    </message>
    <message>
        <source>station {station}</source>
        <translation>trạm {station}</translation>
    </message>
    <message>
        <source>Access saved.</source>
        <translation>Đã lưu lượt tiếp cận.</translation>
    </message>
    <message>
        <source>Delete the access “{subject}” of {time}?</source>
        <translation>Xóa lượt tiếp cận “{subject}” lúc {time}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Only for an access recorded in error: the deletion is kept in the audit trail.</source>
        <translation>Chỉ xóa lượt ghi nhận nhầm: việc xóa vẫn được lưu trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Deleting the access…</source>
        <translation>Đang xóa lượt tiếp cận…</translation>
    </message>
    <message>
        <source>Access deleted.</source>
        <translation>Đã xóa lượt tiếp cận.</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>Xuất nhật ký tiếp cận</translation>
    </message>
    <message>
        <source>access-log-{date}.xlsx</source>
        <translation>nhat-ky-tiep-can-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>Tệp CSV, phân cách bằng dấu phẩy (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the access log…</source>
        <translation>Đang xuất nhật ký tiếp cận…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) exported to {file}.</source>
        <translation>
            <numerusform>Đã xuất %n dòng ra tệp {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan báo chí</translation>
    </message>
    <message>
        <source>All events and sites</source>
        <translation>Tất cả sự kiện, địa điểm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Recorded by hand (all kinds)</source>
        <translation>Ghi nhận thủ công (mọi hình thức)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Mọi kết quả</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Cho qua</translation>
    </message>
    <message>
        <source>Refused at the gate</source>
        <translation>Bị từ chối tại cổng</translation>
    </message>
    <message>
        <source>All reporters</source>
        <translation>Tất cả phóng viên</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters. Choose “All” in the filters and clear the days to see the whole log.</source>
        <translation>Không có dòng nào khớp với bộ lọc. Chọn “Tất cả” ở các bộ lọc và xóa ngày để xem toàn bộ nhật ký.</translation>
    </message>
    <message>
        <source>The log is empty. Checkpoint scans appear here by themselves; an interview, a briefing, an escorted visit or documents given by a unit are recorded with “Record an access…” (Ctrl+N).</source>
        <translation>Nhật ký còn trống. Các lượt quét thẻ tại cổng tự hiện ở đây; việc đơn vị trả lời phỏng vấn, họp báo, đưa phóng viên tác nghiệp hay cung cấp tài liệu được ghi bằng nút “Ghi nhận lượt tiếp cận…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>Nhật ký còn trống.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>A unit includes its sub-units</source>
        <translation>Một đơn vị gồm cả các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Cơ quan báo chí:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>&amp;Sự kiện:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <source>Re&amp;porter:</source>
        <translation>&amp;Phóng viên:</translation>
    </message>
    <message>
        <source>Show one reporter&apos;s accesses only</source>
        <translation>Chỉ xem các lượt tiếp cận của một phóng viên</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Tớ&amp;i ngày:</translation>
    </message>
    <message>
        <source>Record an &amp;access…</source>
        <translation>Ghi nhận &amp;lượt tiếp cận…</translation>
    </message>
    <message>
        <source>E&amp;xport what is shown…</source>
        <translation>X&amp;uất danh sách đang xem…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Nhật ký tiếp cận</translation>
    </message>
    <message>
        <source>Choose a line of the log to see it whole; an access recorded by hand can be corrected here.</source>
        <translation>Chọn một dòng trong nhật ký để xem đầy đủ; lượt tiếp cận ghi nhận thủ công có thể sửa tại đây.</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Reporters:</source>
        <translation>Phóng viên:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Event or site:</source>
        <translation>Sự kiện, địa điểm:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Tin, bài:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sử&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>History of this entry:</source>
        <translation>Lịch sử thay đổi:</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation>Lịch sử thay đổi của lượt tiếp cận</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Thêm mới…</translation>
    </message>
    <message>
        <source>Add a new record to this page</source>
        <translation>Thêm một hồ sơ mới vào trang này</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Sửa hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>Go to the search box of this page</source>
        <translation>Đưa con trỏ tới ô tìm kiếm của trang này</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>Read this page again from the database</source>
        <translation>Đọc lại trang này từ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Open the &amp;checkpoint gate…</source>
        <translation>Mở cổng &amp;kiểm soát…</translation>
    </message>
    <message>
        <source>Scan passes at a gate: choose event, zone, unit, direction</source>
        <translation>Quét thẻ tại cổng: chọn sự kiện, khu vực, đơn vị, chiều đi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Danh mục</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the selected records</source>
        <translation>In các mục đang chọn</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Read how to do each task at the desk and the checkpoint</source>
        <translation>Xem cách làm từng việc tại bàn cấp thẻ và tại chốt kiểm soát</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Phiên bản và giấy phép</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>Name or short name (accents optional)</source>
        <translation>Tên hoặc tên viết tắt (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>&amp;Add agency…</source>
        <translation>Thêm &amp;cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Press agencies</source>
        <translation>Danh sách cơ quan báo chí</translation>
    </message>
    <message>
        <source>Press agency saved.</source>
        <translation>Đã lưu cơ quan báo chí.</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n cơ quan</numerusform>
        </translation>
    </message>
    <message>
        <source>No press agency matches this search. Clear the search box to see them all.</source>
        <translation>Không có cơ quan báo chí nào khớp với nội dung tìm. Xóa ô tìm kiếm để xem tất cả.</translation>
    </message>
    <message>
        <source>No press agency is registered yet. Press “Add agency…” (Ctrl+N) to add the first one; reporters are registered under their agency.</source>
        <translation>Chưa có cơ quan báo chí nào. Bấm “Thêm cơ quan…” (Ctrl+N) để thêm cơ quan đầu tiên; phóng viên được đăng ký theo cơ quan của mình.</translation>
    </message>
    <message>
        <source>No press agency is registered yet.</source>
        <translation>Chưa có cơ quan báo chí nào.</translation>
    </message>
</context>
<context>
    <name>AgencyEditor</name>
    <message>
        <source>Press agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>e.g. TTXVN, VTV</source>
        <translation>ví dụ: TTXVN, VTV</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Loạ&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Agreement signed on:</source>
        <translation>Ngày ký thỏa th&amp;uận:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Người liên hệ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <source>Saving the agency…</source>
        <translation>Đang lưu cơ quan báo chí…</translation>
    </message>
    <message>
        <source>New press agency</source>
        <translation>Thêm cơ quan báo chí</translation>
    </message>
    <message>
        <source>Press agency: {name}</source>
        <translation>Cơ quan báo chí: {name}</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Chọn loại</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Ngày ký thỏa thuận</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>State of the trail</source>
        <translation>Tình trạng nhật ký</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>Head hash to write down:</source>
        <translation>Mã băm đầu chuỗi (hãy ghi lại):</translation>
    </message>
    <message>
        <source>Head hash of the trail</source>
        <translation>Mã băm đầu chuỗi nhật ký</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>&amp;Loại hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Tới &amp;hết ngày:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Chuỗi băm</translation>
    </message>
    <message>
        <source>The trail against the current records</source>
        <translation>Đối chiếu nhật ký với dữ liệu hiện tại</translation>
    </message>
    <message>
        <source>Heads kept outside the database</source>
        <translation>Mốc đầu chuỗi lưu ngoài cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Checkpoint stations&apos; scan chains</source>
        <translation>Chuỗi quét của các máy trạm kiểm soát</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>Đang kiểm tra nhật ký…</translation>
    </message>
    <message>
        <source>Checking every row of the audit trail…</source>
        <translation>Đang kiểm tra từng dòng của nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <source>The trail is intact: {count} changes, none altered or missing.</source>
        <translation>Nhật ký nguyên vẹn: {count} thay đổi, không dòng nào bị sửa hay mất.</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n. Read each below.</source>
        <translation>
            <numerusform>Phát hiện %n vấn đề. Xem từng mục bên dưới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n vấn đề khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Head hash copied.</source>
        <translation>Đã sao chép mã băm đầu chuỗi.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown; scroll down for older ones</source>
        <translation>
            <numerusform>Đang hiện %n thay đổi; cuộn xuống để xem các thay đổi cũ hơn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches these filters. Choose “All” and clear the dates.</source>
        <translation>Không có thay đổi nào khớp bộ lọc. Chọn “Mọi…” và xóa các ngày.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại hồ sơ</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nội dung thay đổi</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Khôi phục từ tệp khá&amp;c…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Các bản sao lưu</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Hằng ngày (tự động)</translation>
    </message>
    <message>
        <source>Made by an officer</source>
        <translation>Do cán bộ sao lưu</translation>
    </message>
    <message>
        <source>Before an upgrade (automatic)</source>
        <translation>Trước khi nâng cấp (tự động)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Backup made: {name} ({size}).</source>
        <translation>Đã sao lưu: {name} ({size}).</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Khôi phục từ một tệp sao lưu</translation>
    </message>
    <message>
        <source>Desk databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu bàn cấp thẻ (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>Nothing was restored: the database is as it was.</source>
        <translation>Chưa khôi phục gì: cơ sở dữ liệu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}. One is made by itself on the first start of each day and before the database is upgraded; the newest {keep} are kept.</source>
        <translation>Các bản sao lưu nằm trong {folder}. Phần mềm tự sao lưu vào lần mở đầu tiên mỗi ngày và trước khi nâng cấp cơ sở dữ liệu; giữ lại {keep} bản mới nhất.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n bản sao lưu</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet. Press “Back up now” to make the first one.</source>
        <translation>Chưa có bản sao lưu nào. Bấm “Sao lưu ngay” để tạo bản đầu tiên.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Máy ảnh:</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Hình từ máy ảnh</translation>
    </message>
    <message>
        <source>&amp;Take the photo</source>
        <translation>&amp;Chụp ảnh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CheckpointStartDialog</name>
    <message>
        <source>Open the checkpoint gate</source>
        <translation>Mở cổng kiểm soát</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Sự kiện:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Khu vực:</translation>
    </message>
    <message>
        <source>&amp;Unit on duty:</source>
        <translation>&amp;Đơn vị trực:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Chiều:</translation>
    </message>
    <message>
        <source>&amp;Full screen (leaving it needs the password)</source>
        <translation>&amp;Toàn màn hình (muốn thoát phải nhập mật khẩu)</translation>
    </message>
    <message>
        <source>&amp;Open the gate</source>
        <translation>&amp;Mở cổng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>In (entries)</source>
        <translation>Vào (lượt vào)</translation>
    </message>
    <message>
        <source>Out (exits)</source>
        <translation>Ra (lượt ra)</translation>
    </message>
    <message>
        <source>There is no event or no police unit yet: add them at the desk first.</source>
        <translation>Chưa có sự kiện hoặc đơn vị nào: hãy thêm tại bàn cấp thẻ trước.</translation>
    </message>
    <message>
        <source>Outer gate (the whole event)</source>
        <translation>Cổng ngoài (toàn sự kiện)</translation>
    </message>
</context>
<context>
    <name>CheckpointWindow</name>
    <message>
        <source>Checkpoint</source>
        <translation>Cổng kiểm soát</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Lượt vào</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Lượt ra</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Đang ở bên trong</translation>
    </message>
    <message>
        <source>Admitted by hand</source>
        <translation>Cho vào thủ công</translation>
    </message>
    <message>
        <source>Denials by reason</source>
        <translation>Từ chối theo lý do</translation>
    </message>
    <message>
        <source>Last scans (click one to see it again)</source>
        <translation>Các lượt quét gần nhất (bấm để xem lại)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Các lượt quét gần nhất</translation>
    </message>
    <message>
        <source>Find by &amp;name or serial…</source>
        <translation>Tìm theo &amp;tên hoặc số thẻ…</translation>
    </message>
    <message>
        <source>Supervisor &amp;denies…</source>
        <translation>Chỉ huy &amp;không cho qua…</translation>
    </message>
    <message>
        <source>&amp;Clear (Space)</source>
        <translation>&amp;Xóa màn hình (phím cách)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>Tắt â&amp;m thanh</translation>
    </message>
    <message>
        <source>C&amp;hange checkpoint…</source>
        <translation>Đổi &amp;điểm kiểm soát…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>Close the &amp;gate</source>
        <translation>Đóng &amp;cổng</translation>
    </message>
    <message>
        <source>Sc&amp;anner…</source>
        <translation>Thiết bị &amp;quét…</translation>
    </message>
    <message>
        <source>Choose how passes are read here: USB scanner, serial scanner or webcam</source>
        <translation>Chọn cách đọc thẻ tại cổng này: máy quét USB, máy quét cổng nối tiếp hay webcam</translation>
    </message>
    <message>
        <source>Zone {code} — {name}</source>
        <translation>Khu vực {code} — {name}</translation>
    </message>
    <message>
        <source>Outer gate</source>
        <translation>Cổng ngoài</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>Chiều vào</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Chiều ra</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
    <message>
        <source>Checkpoint — {event}</source>
        <translation>Cổng kiểm soát — {event}</translation>
    </message>
    <message>
        <source>Reason given: {note}</source>
        <translation>Lý do: {note}</translation>
    </message>
    <message>
        <source>Pass {serial}</source>
        <translation>Thẻ {serial}</translation>
    </message>
    <message>
        <source>Valid {start} → {end}</source>
        <translation>Hiệu lực {start} → {end}</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Không có ảnh</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Sẵn sàng quét</translation>
    </message>
    <message>
        <source>Hold the pass&apos;s QR code under the scanner.</source>
        <translation>Đưa mã QR trên thẻ vào máy quét.</translation>
    </message>
    <message>
        <source>Clears in {seconds} s (Space)</source>
        <translation>Tự xóa sau {seconds} s (phím cách)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>vào</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ra</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>Scanned at {time} by {officer}</source>
        <translation>Quét lúc {time}, cán bộ {officer}</translation>
    </message>
    <message>
        <source>Supervisor denies entry</source>
        <translation>Chỉ huy không cho qua</translation>
    </message>
    <message>
        <source>Why is {name} not let in? (The pass stays valid; the denial is logged.)</source>
        <translation>Vì sao không cho {name} qua? (Thẻ vẫn còn hiệu lực; việc từ chối được ghi lại.)</translation>
    </message>
    <message>
        <source>Officer&apos;s password</source>
        <translation>Mật khẩu cán bộ</translation>
    </message>
    <message>
        <source>Type the password of {name} to leave the full-screen gate or change its post.</source>
        <translation>Nhập mật khẩu của {name} để thoát chế độ toàn màn hình hoặc đổi điểm kiểm soát.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Event or site</source>
        <translation>Sự kiện hoặc địa điểm</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Loạ&amp;i:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (a standing site may leave it empty)</source>
        <translation>dd/mm/yyyy (địa điểm thường trực có thể để trống)</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Organising &amp;unit:</source>
        <translation>Đơn vị tổ &amp;chức:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Add &amp;zone</source>
        <translation>Thêm khu &amp;vực</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Màu…</translation>
    </message>
    <message>
        <source>&amp;Remove zone</source>
        <translation>&amp;Xóa khu vực</translation>
    </message>
    <message>
        <source>Colour of zone {code}</source>
        <translation>Màu của khu vực {code}</translation>
    </message>
    <message>
        <source>Saving the event…</source>
        <translation>Đang lưu sự kiện…</translation>
    </message>
    <message>
        <source>New event or site</source>
        <translation>Thêm sự kiện hoặc địa điểm</translation>
    </message>
    <message>
        <source>Event: {name}</source>
        <translation>Sự kiện: {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>from {start}</source>
        <translation>từ {start}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Khu vực</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>Name or location (accents optional)</source>
        <translation>Tên hoặc địa điểm (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>Thêm sự &amp;kiện…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>C&amp;opy to next year</source>
        <translation>Sao chép sang năm sa&amp;u</translation>
    </message>
    <message>
        <source>Events and sites</source>
        <translation>Sự kiện &amp; địa điểm</translation>
    </message>
    <message>
        <source>Choose an event or a site in the list to see its zones.</source>
        <translation>Chọn một sự kiện hoặc địa điểm trong danh sách để xem các khu vực.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Organising unit:</source>
        <translation>Đơn vị tổ chức:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>Zones of this event</source>
        <translation>Các khu vực của sự kiện này</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Đã lưu sự kiện.</translation>
    </message>
    <message>
        <source>Copying the event…</source>
        <translation>Đang sao chép sự kiện…</translation>
    </message>
    <message>
        <source>Copied as “{name}”.</source>
        <translation>Đã sao chép thành “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and site(s)</source>
        <translation>
            <numerusform>%n sự kiện và địa điểm</numerusform>
        </translation>
    </message>
    <message>
        <source>No event or site matches this search. Clear the search box and choose “Events and sites” to see them all.</source>
        <translation>Không có sự kiện hay địa điểm nào khớp. Xóa ô tìm kiếm và chọn “Sự kiện &amp; địa điểm” để xem tất cả.</translation>
    </message>
    <message>
        <source>No event or site is registered yet. Press “Add event…” (Ctrl+N) to add one with its zones; passes are issued for an event or a site.</source>
        <translation>Chưa có sự kiện hay địa điểm nào. Bấm “Thêm sự kiện…” (Ctrl+N) để thêm một sự kiện cùng các khu vực; thẻ tác nghiệp được cấp cho một sự kiện hoặc địa điểm.</translation>
    </message>
    <message>
        <source>No event or site is registered yet.</source>
        <translation>Chưa có sự kiện hay địa điểm nào.</translation>
    </message>
    <message>
        <source>&amp;Prepare a checkpoint laptop…</source>
        <translation>Chuẩn bị máy &amp;chốt kiểm soát…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First-time setup</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <source>The names printed at the top of every pass and report. They can be changed later in the settings.</source>
        <translation>Tên in ở đầu mỗi thẻ tác nghiệp và báo cáo. Có thể đổi sau trong phần cài đặt.</translation>
    </message>
    <message>
        <source>Welcome. This database is new: three short steps set it up — your organisation, the first administrator, and the recovery code that keeps the signing key safe.</source>
        <translation>Xin chào. Cơ sở dữ liệu này còn mới: ba bước ngắn để thiết lập — cơ quan của bạn, quản trị viên đầu tiên, và mã khôi phục giữ an toàn cho khóa ký.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Tên cơ &amp;quan:</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>Tên &amp;phòng:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>This account adds the other officers, makes backups and holds the signing key. Its password unlocks the key: choose one only you know.</source>
        <translation>Tài khoản này thêm các cán bộ khác, sao lưu dữ liệu và giữ khóa ký. Mật khẩu của nó mở khóa ký: hãy chọn mật khẩu chỉ mình bạn biết.</translation>
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
        <source>Repeat pass&amp;word:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Shown only this once. Write it down or print it before you go on.</source>
        <translation>Mã chỉ hiện một lần này. Hãy chép ra giấy hoặc in ra trước khi đi tiếp.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Đã sẵn sàng</translation>
    </message>
    <message>
        <source>The desk is set up. Sign in with the administrator account to begin.</source>
        <translation>Bàn cấp thẻ đã được thiết lập. Hãy đăng nhập bằng tài khoản quản trị viên để bắt đầu.</translation>
    </message>
    <message>
        <source>To look around first, the desk can fill this database with demonstration data: made-up agencies, reporters, events and passes from Thanh Hóa. Use it only on a database for training — real records would be mixed with invented ones.</source>
        <translation>Để làm quen trước, phần mềm có thể nạp dữ liệu mẫu vào cơ sở dữ liệu này: cơ quan báo chí, phóng viên, sự kiện và thẻ tác nghiệp giả định ở Thanh Hóa. Chỉ dùng cho cơ sở dữ liệu tập huấn — nếu không, hồ sơ thật sẽ lẫn với hồ sơ giả.</translation>
    </message>
    <message>
        <source>&amp;Load the demonstration data</source>
        <translation>&amp;Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Creating the administrator and the signing key…</source>
        <translation>Đang tạo quản trị viên và khóa ký…</translation>
    </message>
    <message>
        <source>Loading the demonstration data…</source>
        <translation>Đang nạp dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Xong</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>Ít nhất {count} ký tự</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>(technical details only)</source>
        <translation>(chỉ thay đổi chi tiết kỹ thuật)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Trước → sau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan báo chí:</translation>
    </message>
    <message>
        <source>Put every reporter of the file in this agency, whatever the file says</source>
        <translation>Đưa mọi phóng viên trong tệp vào cơ quan này, bất kể tệp ghi gì</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>Hea&amp;der row:</source>
        <translation>Dòng t&amp;iêu đề:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Các cột của tệp</translation>
    </message>
    <message>
        <source>Columns of the file and the field each fills</source>
        <translation>Các cột của tệp và trường dữ liệu tương ứng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường dữ liệu</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Các dòng</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Chỉ xem các dòng có &amp;lỗi</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Các dòng của tệp</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row has a problem</source>
        <translation>&amp;Không nhập gì nếu có dòng lỗi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Nhậ&amp;p</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (mới)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>nhập được</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>không nhập</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan báo chí</translation>
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
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>InstallationCheck</name>
    <message>
        <source>Press accreditation desk {version}</source>
        <translation>Bàn cấp thẻ tác nghiệp {version}</translation>
    </message>
    <message>
        <source>Qt platform: {name}</source>
        <translation>Nền tảng Qt: {name}</translation>
    </message>
    <message>
        <source>the icons cannot be drawn ({path})</source>
        <translation>không vẽ được biểu tượng ({path})</translation>
    </message>
    <message>
        <source>Icons: drawn</source>
        <translation>Biểu tượng: vẽ được</translation>
    </message>
    <message>
        <source>Fonts: {families}</source>
        <translation>Phông chữ: {families}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing ({folder})</source>
        <translation>thiếu phông chữ đi kèm ({folder})</translation>
    </message>
    <message>
        <source>Translations: {files}</source>
        <translation>Bản dịch: {files}</translation>
    </message>
    <message>
        <source>translations are missing ({folder})</source>
        <translation>thiếu bản dịch ({folder})</translation>
    </message>
    <message>
        <source>User guide: {path}</source>
        <translation>Tài liệu hướng dẫn: {path}</translation>
    </message>
    <message>
        <source>the user guide is missing ({path})</source>
        <translation>thiếu tài liệu hướng dẫn sử dụng ({path})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Cơ sở dữ liệu: {location}</translation>
    </message>
    <message>
        <source>Officers: set up (the sign-in comes first)</source>
        <translation>Cán bộ: đã có (hộp đăng nhập hiện trước)</translation>
    </message>
    <message>
        <source>Officers: none yet (the first-run wizard comes first)</source>
        <translation>Cán bộ: chưa có (trình thiết lập lần đầu hiện trước)</translation>
    </message>
    <message>
        <source>First window shown: {title}</source>
        <translation>Cửa sổ đầu tiên đã hiện: {title}</translation>
    </message>
    <message>
        <source>the first window could not be shown</source>
        <translation>không hiện được cửa sổ đầu tiên</translation>
    </message>
    <message>
        <source>PROBLEM: {what}</source>
        <translation>VẤN ĐỀ: {what}</translation>
    </message>
    <message>
        <source>Installation OK.</source>
        <translation>Cài đặt đầy đủ.</translation>
    </message>
    <message>
        <source>Installation NOT OK.</source>
        <translation>Cài đặt chưa đầy đủ.</translation>
    </message>
</context>
<context>
    <name>IssuePassesDialog</name>
    <message>
        <source>Issue field passes</source>
        <translation>Cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Who gets a pass</source>
        <translation>Ai được cấp thẻ</translation>
    </message>
    <message>
        <source>A whole &amp;agency:</source>
        <translation>Cả cơ &amp;quan:</translation>
    </message>
    <message>
        <source>&amp;Selected reporters</source>
        <translation>&amp;Phóng viên đã chọn</translation>
    </message>
    <message>
        <source>Reporters of an earlier e&amp;vent:</source>
        <translation>Phóng viên &amp;dự sự kiện trước:</translation>
    </message>
    <message>
        <source>&amp;Event or site:</source>
        <translation>&amp;Sự kiện / địa điểm:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Khu vực:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Hiệu lực &amp;từ ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (last valid day)</source>
        <translation>dd/mm/yyyy (ngày cuối còn hiệu lực)</translation>
    </message>
    <message>
        <source>Issue even if the press &amp;card expires before the pass ends</source>
        <translation>Vẫn cấp khi thẻ nhà &amp;báo hết hạn trước thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Why the pass may outlast the press card (recorded on each pass)</source>
        <translation>Vì sao thẻ tác nghiệp được dùng sau hạn thẻ nhà báo (ghi vào từng thẻ)</translation>
    </message>
    <message>
        <source>Reporters who will get a pass</source>
        <translation>Phóng viên sẽ được cấp thẻ</translation>
    </message>
    <message>
        <source>Reporters skipped, with the reason</source>
        <translation>Phóng viên không được cấp, kèm lý do</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Qu&amp;ay lại</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Cấp thẻ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{name} (standing site)</source>
        <translation>{name} (địa điểm thường trực)</translation>
    </message>
    <message>
        <source>Reading events and agencies…</source>
        <translation>Đang đọc sự kiện và cơ quan báo chí…</translation>
    </message>
    <message>
        <source>Tick at least one zone.</source>
        <translation>Chọn ít nhất một khu vực.</translation>
    </message>
    <message>
        <source>Checking who may get a pass…</source>
        <translation>Đang xét ai được cấp thẻ…</translation>
    </message>
    <message>
        <source>press card expires {date}: issued with the reason given</source>
        <translation>thẻ nhà báo hết hạn ngày {date}: cấp theo lý do đã ghi</translation>
    </message>
    <message>
        <source>{event} · zones {zones} · valid {first} – {last}</source>
        <translation>{event} · khu vực {zones} · hiệu lực {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>Will get a pass: %n</source>
        <translation>
            <numerusform>Được cấp thẻ: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, with the reason: %n</source>
        <translation>
            <numerusform>Không được cấp, kèm lý do: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n pass(es)</source>
        <translation>
            <numerusform>&amp;Cấp %n thẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing the pass…</source>
        <translation>Đang cấp thẻ…</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n pass(es)…</source>
        <translation>
            <numerusform>Đang cấp %n thẻ…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) could not get a pass after all:</source>
        <translation>
            <numerusform>%n phóng viên rốt cuộc không được cấp thẻ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass for {name}</source>
        <translation>Thẻ cho {name}</translation>
    </message>
    <message>
        <source>Issue a field pass</source>
        <translation>Cấp một thẻ tác nghiệp</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected reporters (%n)</source>
        <translation>
            <numerusform>&amp;Phóng viên đã chọn (%n)</numerusform>
        </translation>
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
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Báo in</translation>
    </message>
    <message>
        <source>Online newspaper</source>
        <translation>Báo điện tử</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Phát thanh</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Truyền hình</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>Tạp chí</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Standing site</source>
        <translation>Địa điểm thường trực</translation>
    </message>
    <message>
        <source>An officer&apos;s password</source>
        <translation>Mật khẩu cán bộ</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Unprotected (until the upgrade ends)</source>
        <translation>Chưa bảo vệ (đến khi nâng cấp xong)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã cấp</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Reporter&apos;s photo</source>
        <translation>Ảnh phóng viên</translation>
    </message>
    <message>
        <source>Press agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Police unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Sự kiện, địa điểm</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Field pass</source>
        <translation>Thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Lượt in thẻ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>Người giữ khóa</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Access entry</source>
        <translation>Lượt tiếp cận</translation>
    </message>
    <message>
        <source>Reporter of an access entry</source>
        <translation>Phóng viên của lượt tiếp cận</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Personal data action</source>
        <translation>Xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Checkpoint station</source>
        <translation>Máy trạm kiểm soát</translation>
    </message>
    <message>
        <source>Station log import</source>
        <translation>Lượt nhập nhật ký máy trạm</translation>
    </message>
    <message>
        <source>Station log key</source>
        <translation>Khóa nhật ký máy trạm</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Agency (id)</source>
        <translation>Cơ quan (mã)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
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
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Ngày ký thỏa thuận</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Parent unit (id)</source>
        <translation>Đơn vị cấp trên (mã)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Organising unit (id)</source>
        <translation>Đơn vị tổ chức (mã)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit (id)</source>
        <translation>Đơn vị (mã)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Số lần đăng nhập sai</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Tạm khóa đến</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Officer (id)</source>
        <translation>Cán bộ (mã)</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Khóa công khai</translation>
    </message>
    <message>
        <source>Private key (sealed)</source>
        <translation>Khóa bí mật (đã niêm phong)</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Ngừng dùng lúc</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Event (id)</source>
        <translation>Sự kiện (mã)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(đã thay đổi)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>một ảnh</translation>
    </message>
    <message>
        <source>In writing, on paper</source>
        <translation>Văn bản giấy</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Điện tử</translation>
    </message>
    <message>
        <source>Through the press agency</source>
        <translation>Qua cơ quan báo chí</translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation>Mục đích xử lý dữ liệu</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Ngày đồng ý</translation>
    </message>
    <message>
        <source>Way of consent</source>
        <translation>Hình thức đồng ý</translation>
    </message>
    <message>
        <source>Anonymised at</source>
        <translation>Thời điểm ẩn danh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press accreditation desk — {organisation}</source>
        <translation>Bàn cấp thẻ tác nghiệp — {organisation}</translation>
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
        <source>Press accreditation desk</source>
        <translation>Bàn cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Choose the page to work on; Ctrl+1 to Ctrl+9 open them directly.</source>
        <translation>Chọn trang làm việc; Ctrl+1 đến Ctrl+9 mở thẳng từng trang.</translation>
    </message>
    <message>
        <source>Your account is for checkpoint duty only, so the reporter registry is not shown. Open a gate to scan passes with File → Open the checkpoint gate… (Ctrl+K); ask an administrator if you need access to the registry.</source>
        <translation>Tài khoản của bạn chỉ dùng cho nhiệm vụ tại chốt kiểm soát nên không hiển thị hồ sơ phóng viên. Để quét thẻ, chọn Tệp → Mở cổng kiểm soát… (Ctrl+K); nếu cần xem hồ sơ, hãy đề nghị quản trị viên cấp quyền.</translation>
    </message>
</context>
<context>
    <name>ManualAdmissionDialog</name>
    <message>
        <source>Admit by name or serial</source>
        <translation>Cho vào theo tên hoặc số thẻ</translation>
    </message>
    <message>
        <source>When a pass will not scan (wet, torn, faded): type three letters of the name without accents, or the serial printed on the pass.</source>
        <translation>Khi thẻ không quét được (ướt, rách, mờ): gõ ba chữ cái của tên, không cần dấu, hoặc số thẻ in trên thẻ.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>e.g. ngu, or 123 for TH-2026-000123</source>
        <translation>ví dụ: ngu, hoặc 123 cho thẻ TH-2026-000123</translation>
    </message>
    <message>
        <source>Passes found</source>
        <translation>Các thẻ tìm được</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Cho vào…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No pass of this event matches.</source>
        <translation>Không có thẻ nào của sự kiện này khớp.</translation>
    </message>
    <message>
        <source>can be admitted</source>
        <translation>có thể cho vào</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>không được: {reason}</translation>
    </message>
    <message>
        <source>{serial} · {status} · zones {zones} · {verdict}</source>
        <translation>{serial} · {status} · khu vực {zones} · {verdict}</translation>
    </message>
    <message>
        <source>Admit by hand</source>
        <translation>Cho vào thủ công</translation>
    </message>
    <message>
        <source>Why is {serial} admitted without a scan? (required, logged)</source>
        <translation>Vì sao cho thẻ {serial} vào mà không quét? (bắt buộc, được ghi lại)</translation>
    </message>
</context>
<context>
    <name>OfficerEditor</name>
    <message>
        <source>New officer</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>plain letters, digits, “.”, “_”, “-”</source>
        <translation>chữ không dấu, số, “.”, “_”, “-”</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Nhập lại mật khẩ&amp;u:</translation>
    </message>
    <message>
        <source>Adding the officer…</source>
        <translation>Đang thêm cán bộ…</translation>
    </message>
    <message>
        <source>Manages officers, backups and settings, and issues passes. Holds the signing key under this password.</source>
        <translation>Quản lý cán bộ, sao lưu và cài đặt; cấp thẻ tác nghiệp. Giữ khóa ký dưới mật khẩu này.</translation>
    </message>
    <message>
        <source>Registers reporters and issues and prints passes. Holds the signing key under this password.</source>
        <translation>Đăng ký phóng viên, cấp và in thẻ tác nghiệp. Giữ khóa ký dưới mật khẩu này.</translation>
    </message>
    <message>
        <source>Scans passes at a checkpoint; sees no registry.</source>
        <translation>Quét thẻ tại chốt kiểm soát; không xem danh mục.</translation>
    </message>
    <message>
        <source>Sees the registry and the audit trail; changes nothing.</source>
        <translation>Xem danh mục và nhật ký thay đổi; không sửa gì.</translation>
    </message>
    <message>
        <source>Choose the role</source>
        <translation>Chọn vai trò</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không thuộc đơn vị)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OfficerPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Nhập lại mật khẩ&amp;u:</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Đang đặt mật khẩu…</translation>
    </message>
    <message>
        <source>Set the password of {username}</source>
        <translation>Đặt mật khẩu cho {username}</translation>
    </message>
    <message>
        <source>The officer signs in with this password from now on; a lock-out after failed sign-ins is lifted too. Tell them the password in person.</source>
        <translation>Từ nay cán bộ đăng nhập bằng mật khẩu này; nếu tài khoản đang bị tạm khóa do nhập sai thì cũng được mở. Hãy báo mật khẩu trực tiếp cho cán bộ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Đã vô hiệu hóa</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Tạm khóa đến {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No: set the password again</source>
        <translation>Không: cần đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Can issue passes</source>
        <translation>Cấp được thẻ</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>&amp;Add officer…</source>
        <translation>Thêm &amp;cán bộ…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Đặt mật &amp;khẩu…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Vô hiệu hóa…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>&amp;New recovery code…</source>
        <translation>Tạo mã khôi &amp;phục mới…</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code…</source>
        <translation>Dùng mã khôi phục để &amp;lấy lại khóa…</translation>
    </message>
    <message>
        <source>Officer {username} added.</source>
        <translation>Đã thêm cán bộ {username}.</translation>
    </message>
    <message>
        <source>Officer {username} was added.</source>
        <translation>Đã thêm cán bộ {username}.</translation>
    </message>
    <message>
        <source>The password of {username} was set.</source>
        <translation>Đã đặt mật khẩu cho {username}.</translation>
    </message>
    <message>
        <source>The signing key is kept under the new password: {username} can issue passes.</source>
        <translation>Khóa ký được giữ dưới mật khẩu mới: {username} cấp được thẻ.</translation>
    </message>
    <message>
        <source>This role does not issue passes, so no signing key is needed.</source>
        <translation>Vai trò này không cấp thẻ nên không cần khóa ký.</translation>
    </message>
    <message>
        <source>{username} may sign in again with the same password.</source>
        <translation>{username} đăng nhập lại được bằng mật khẩu cũ.</translation>
    </message>
    <message>
        <source>Disable the account of {username} ({name})?</source>
        <translation>Vô hiệu hóa tài khoản của {username} ({name})?</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Vô hiệu hóa</translation>
    </message>
    <message>
        <source>They can no longer sign in, and their password no longer opens the signing key. An account cannot be enabled again: add a new one if they come back.</source>
        <translation>Cán bộ sẽ không đăng nhập được nữa và mật khẩu của họ không còn mở được khóa ký. Tài khoản không kích hoạt lại được: nếu cán bộ trở lại, hãy tạo tài khoản mới.</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>Đã vô hiệu hóa tài khoản {username}.</translation>
    </message>
    <message>
        <source>Make a new recovery code?</source>
        <translation>Tạo mã khôi phục mới?</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Tạo mã mới</translation>
    </message>
    <message>
        <source>The code on paper now stops opening this database (backups made before keep the old one). The new code is shown once: have paper and pen ready, or a printer.</source>
        <translation>Mã trên giấy hiện nay sẽ không mở được cơ sở dữ liệu này nữa (các bản sao lưu làm trước vẫn dùng mã cũ). Mã mới chỉ hiện một lần: hãy chuẩn bị giấy bút hoặc máy in.</translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation>Đang tạo mã khôi phục mới…</translation>
    </message>
    <message>
        <source>The new recovery code. The old code no longer opens this database.</source>
        <translation>Mã khôi phục mới. Mã cũ không còn mở được cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Your session now holds the signing key.</source>
        <translation>Phiên làm việc của bạn nay đã giữ khóa ký.</translation>
    </message>
    <message>
        <source>Your session holds the signing key: officers you add or whose password you set can issue passes. Make a new recovery code when the paper copy may have been seen by someone else.</source>
        <translation>Phiên làm việc của bạn giữ khóa ký: cán bộ bạn thêm hoặc đặt mật khẩu sẽ cấp được thẻ. Hãy tạo mã khôi phục mới khi bản giấy có thể đã bị người khác nhìn thấy.</translation>
    </message>
    <message>
        <source>Your session does not hold the signing key (your password was set by someone whose session had none). Until it does, no pass can be issued and new officers cannot be given the key: use the recovery code.</source>
        <translation>Phiên làm việc của bạn không giữ khóa ký (mật khẩu của bạn do người không giữ khóa đặt). Khi chưa lấy lại khóa, không cấp được thẻ và không trao được khóa cho cán bộ mới: hãy dùng mã khôi phục.</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n đang hoạt động</numerusform>
        </translation>
    </message>
    <message>
        <source>No officer yet: press “Add officer…” (Ctrl+N).</source>
        <translation>Chưa có cán bộ nào: bấm “Thêm cán bộ…” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Xin chờ</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Reporters</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Press agencies</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Events and sites</source>
        <translation>Sự kiện &amp; địa điểm</translation>
    </message>
    <message>
        <source>Police units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Field passes</source>
        <translation>Thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Nhật ký tiếp cận</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>Import reporters</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>PassListModel</name>
    <message>
        <source>Serial</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Sự kiện / địa điểm</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Đã in</translation>
    </message>
    <message>
        <source>Revoked on {time}: {reason}</source>
        <translation>Thu hồi lúc {time}: {reason}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Chưa in.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s), last on {time}.</source>
        <translation>
            <numerusform>Đã in %n lần, lần cuối lúc {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by {officer} on {time}.</source>
        <translation>Do {officer} cấp lúc {time}.</translation>
    </message>
    <message>
        <source>Issued past the press card&apos;s expiry: {reason}</source>
        <translation>Cấp quá hạn thẻ nhà báo: {reason}</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Serial</source>
        <translation>Số thẻ</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Sự kiện hoặc địa điểm</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hiệu lực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>PassesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>Reporter&apos;s name or pass serial (accents optional)</source>
        <translation>Tên phóng viên hoặc số thẻ (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>&amp;Issue passes…</source>
        <translation>Cấp &amp;lô thẻ…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Th&amp;u hồi…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;In thẻ…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Khó&amp;a ký…</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>Sự &amp;kiện:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Not &amp;printed yet</source>
        <translation>&amp;Chưa in</translation>
    </message>
    <message>
        <source>Field passes</source>
        <translation>Thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Reading the passes…</source>
        <translation>Đang đọc danh sách thẻ…</translation>
    </message>
    <message>
        <source>Your session holds no signing key, so it cannot sign passes. An administrator can set your password again to give you one.</source>
        <translation>Phiên đăng nhập của bạn chưa mở được khóa ký nên chưa ký được thẻ. Quản trị viên có thể đặt lại mật khẩu cho bạn để trao quyền giữ khóa.</translation>
    </message>
    <message>
        <source>A revoked pass cannot be printed.</source>
        <translation>Không in được thẻ đã thu hồi.</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) issued.</source>
        <translation>
            <numerusform>Đã cấp %n thẻ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print the %n new pass(es) now?</source>
        <translation>
            <numerusform>In %n thẻ vừa cấp ngay bây giờ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) revoked.</source>
        <translation>
            <numerusform>Đã thu hồi %n thẻ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked pass(es) left out: a revoked pass cannot be printed.</source>
        <translation>
            <numerusform>Bỏ qua %n thẻ đã thu hồi: thẻ đã thu hồi không được in.</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All events and sites</source>
        <translation>Mọi sự kiện và địa điểm</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message numerus="yes">
        <source>More than %n passes</source>
        <translation>
            <numerusform>Hơn %n thẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n thẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>No pass matches this search and these filters. Clear the search box and choose “All” in the filters to see every pass.</source>
        <translation>Không có thẻ nào khớp với nội dung tìm và bộ lọc. Xóa ô tìm kiếm và chọn “Mọi…” ở các bộ lọc để xem tất cả.</translation>
    </message>
    <message>
        <source>No pass has been issued yet. Press “Issue passes…” (Ctrl+N) to issue passes to an agency&apos;s reporters, or issue one from a reporter&apos;s record.</source>
        <translation>Chưa cấp thẻ nào. Bấm “Cấp lô thẻ…” (Ctrl+N) để cấp thẻ cho phóng viên của một cơ quan, hoặc cấp từng thẻ từ hồ sơ phóng viên.</translation>
    </message>
    <message>
        <source>No pass has been issued yet.</source>
        <translation>Chưa cấp thẻ nào.</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Cắt ảnh</translation>
    </message>
    <message>
        <source>Drag the frame (or use the arrow keys) to put the face in it; the mouse wheel or + and − change its size. The part inside the frame is printed on the pass.</source>
        <translation>Kéo khung (hoặc dùng các phím mũi tên) để khuôn mặt nằm trong khung; con lăn chuột hoặc phím + và − đổi cỡ khung. Phần trong khung được in lên thẻ.</translation>
    </message>
    <message>
        <source>Photo with the crop frame</source>
        <translation>Ảnh và khung cắt</translation>
    </message>
    <message>
        <source>Turn the photo a quarter to the left</source>
        <translation>Xoay ảnh một góc vuông sang trái</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Xoay trái</translation>
    </message>
    <message>
        <source>Turn the photo a quarter to the right</source>
        <translation>Xoay ảnh một góc vuông sang phải</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Xoay phải</translation>
    </message>
    <message>
        <source>Smaller frame (−)</source>
        <translation>Thu nhỏ khung (−)</translation>
    </message>
    <message>
        <source>Smaller frame</source>
        <translation>Thu nhỏ khung</translation>
    </message>
    <message>
        <source>Larger frame (+)</source>
        <translation>Phóng to khung (+)</translation>
    </message>
    <message>
        <source>Larger frame</source>
        <translation>Phóng to khung</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Ảnh ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not installed.</source>
        <translation>Không dùng được máy ảnh: thiếu thư viện Qt Multimedia.</translation>
    </message>
    <message>
        <source>No webcam was found on this computer.</source>
        <translation>Không tìm thấy webcam nào trên máy này.</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} điểm ảnh</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dùng ảnh này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cutting the photo…</source>
        <translation>Đang cắt ảnh…</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again.</source>
        <translation>Máy ảnh chưa sẵn sàng; hãy thử lại.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {detail}</source>
        <translation>Máy ảnh báo lỗi: {detail}</translation>
    </message>
    <message>
        <source>Choose the reporter&apos;s photo</source>
        <translation>Chọn ảnh của phóng viên</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Đang đọc ảnh…</translation>
    </message>
</context>
<context>
    <name>PrintPassesDialog</name>
    <message>
        <source>Print field passes</source>
        <translation>In thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mẫu in</translation>
    </message>
    <message>
        <source>&amp;Card (85.6 × 54 mm)</source>
        <translation>&amp;Thẻ (85,6 × 54 mm)</translation>
    </message>
    <message>
        <source>&amp;Badge (A6, for a lanyard)</source>
        <translation>Thẻ đeo khổ &amp;A6 (có dây đeo)</translation>
    </message>
    <message>
        <source>A4 &amp;sheet (10 cards, crop marks)</source>
        <translation>Tờ A&amp;4 (10 thẻ, có dấu cắt)</translation>
    </message>
    <message>
        <source>Bac&amp;k side: rules of conduct</source>
        <translation>&amp;Mặt sau: quy định đối với người được cấp thẻ</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành tệp &amp;PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Preview of the page</source>
        <translation>Xem trước trang in</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Trang t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <source>Reading the passes…</source>
        <translation>Đang đọc các thẻ…</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>Đang dựng trang…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… và %n thẻ khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these passes was printed before. Print again?</source>
        <translation>
            <numerusform>%n thẻ trong số này đã được in trước đó. In lại?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>In lại</translation>
    </message>
    <message>
        <source>{serial} — {name}: printed on {time}</source>
        <translation>{serial} — {name}: đã in lúc {time}</translation>
    </message>
    <message>
        <source>Field passes</source>
        <translation>Thẻ tác nghiệp</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n pass(es) to the printer…</source>
        <translation>
            <numerusform>Đang gửi %n thẻ tới máy in…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing stopped: %n pass(es) were sent to the printer and recorded as printed.</source>
        <translation>
            <numerusform>Đã dừng in: %n thẻ đã gửi tới máy in và được ghi là đã in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) sent to {printer}.</source>
        <translation>
            <numerusform>Đã gửi %n thẻ tới {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>field-passes.pdf</source>
        <translation>the-tac-nghiep.pdf</translation>
    </message>
    <message>
        <source>Save the passes as a PDF</source>
        <translation>Lưu các thẻ thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n pass(es) to the PDF file…</source>
        <translation>
            <numerusform>Đang ghi %n thẻ vào tệp PDF…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no file was written and nothing is recorded.</source>
        <translation>Đã dừng: không ghi tệp nào và không ghi nhận lần in nào.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file}: %n pass(es), {pages} page(s).</source>
        <translation>
            <numerusform>Đã lưu {file}: %n thẻ, {pages} trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page} / {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n thẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them printed before: you will be asked before printing again.</source>
        <translation>
            <numerusform>%n thẻ đã in trước đó: sẽ hỏi lại trước khi in lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer installed</source>
        <translation>Chưa cài máy in</translation>
    </message>
    <message>
        <source>Install a printer on this computer to print; Save as PDF still works.</source>
        <translation>Cài máy in trên máy tính này để in; vẫn lưu được thành tệp PDF.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the passes as a PDF and print the file from another computer or a print shop.</source>
        <translation>Máy tính này chưa cài máy in. Hãy lưu các thẻ thành tệp PDF rồi in từ máy khác hoặc ở cửa hàng in.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>How long personal data is kept</source>
        <translation>Thời hạn lưu trữ dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>A reporter&apos;s name, numbers and photo are kept for this many years after their last pass, scan or access, then anonymised. The record itself stays, so the counts in past reports stay right (Law 91/2025/QH15, Decree 356/2025).</source>
        <translation>Họ tên, các số giấy tờ và ảnh của phóng viên được lưu trong số năm này kể từ lần cấp thẻ, qua cổng hoặc tiếp cận cuối cùng, sau đó được ẩn danh. Hồ sơ vẫn giữ lại nên số liệu các báo cáo trước không đổi (Luật số 91/2025/QH15, Nghị định số 356/2025/NĐ-CP).</translation>
    </message>
    <message>
        <source>&amp;Years kept:</source>
        <translation>Số nă&amp;m lưu giữ:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Anonymise the reporters past that time</source>
        <translation>Ẩn danh phóng viên đã quá thời hạn</translation>
    </message>
    <message>
        <source>&amp;Check who is due</source>
        <translation>&amp;Xem ai đến hạn</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>Ẩn d&amp;anh…</translation>
    </message>
    <message>
        <source>Reporters due for anonymisation</source>
        <translation>Phóng viên đến hạn ẩn danh</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Hoạt động cuối</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Đến hạn từ</translation>
    </message>
    <message numerus="yes">
        <source>Personal data is now kept %n year(s) after the last activity.</source>
        <translation>
            <numerusform>Dữ liệu cá nhân từ nay được lưu %n năm kể từ hoạt động cuối cùng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for reporters past the retention period…</source>
        <translation>Đang tìm phóng viên đã quá thời hạn lưu trữ…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n reporter(s)?</source>
        <translation>
            <numerusform>Ẩn danh %n phóng viên?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>Their names, card numbers, CCCD, phone, e-mail, date of birth, notes and photos are erased, from the audit trail&apos;s copies too; the records stay, so past reports keep their counts. This cannot be undone. Backups made before keep the data until they are rotated out.</source>
        <translation>Họ tên, số thẻ nhà báo, số CCCD, điện thoại, thư điện tử, ngày sinh, ghi chú và ảnh bị xóa, kể cả bản lưu trong nhật ký kiểm tra; hồ sơ vẫn giữ lại nên số liệu các báo cáo trước không đổi. Không thể hoàn tác. Các bản sao lưu làm trước đó vẫn còn dữ liệu cho đến khi bị xoay vòng.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Đang ẩn danh…</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) anonymised.</source>
        <translation>
            <numerusform>Đã ẩn danh %n phóng viên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) anonymised</source>
        <translation>
            <numerusform>Đã ẩn danh %n phóng viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the audit trail redacted</source>
        <translation>
            <numerusform>đã xóa dữ liệu cá nhân trong %n dòng nhật ký kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail&apos;s head hash is now {hash}: write it down in place of the old one.</source>
        <translation>Mã băm cuối của nhật ký kiểm tra nay là {hash}: hãy ghi lại thay cho mã cũ.</translation>
    </message>
    <message>
        <source>Press “Check who is due”: nothing is changed until you confirm.</source>
        <translation>Bấm “Xem ai đến hạn”: không có gì thay đổi cho đến khi bạn xác nhận.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is past the retention period of %n year(s).</source>
        <translation>
            <numerusform>Không có phóng viên nào quá thời hạn lưu trữ %n năm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) would be anonymised (retention period {years} years):</source>
        <translation>
            <numerusform>%n phóng viên sẽ bị ẩn danh (thời hạn lưu trữ {years} năm):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n reporter(s)…</source>
        <translation>
            <numerusform>Ẩn d&amp;anh %n phóng viên…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Press accreditation desk</source>
        <translation>Bàn cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the changes you made?</source>
        <translation>Lưu những thay đổi vừa nhập?</translation>
    </message>
    <message>
        <source>If you do not save them, what you typed is lost.</source>
        <translation>Nếu không lưu, những gì đã nhập sẽ mất.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RecoverKeyDialog</name>
    <message>
        <source>Use the recovery code</source>
        <translation>Dùng mã khôi phục</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Mã khôi phục:</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Mật &amp;khẩu của bạn:</translation>
    </message>
    <message>
        <source>Opening the signing key…</source>
        <translation>Đang mở khóa ký…</translation>
    </message>
    <message>
        <source>Your session does not hold the signing key, so no pass can be issued and no officer can be given the key. Type the recovery code from the paper copy and your own password: the key is then kept under your password as well.</source>
        <translation>Phiên làm việc của bạn không giữ khóa ký, nên không cấp được thẻ và không trao được khóa cho cán bộ nào. Hãy gõ mã khôi phục trên bản giấy và mật khẩu của chính bạn: từ đó khóa ký cũng được giữ dưới mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>Open the key</source>
        <translation>Mở khóa ký</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>I have &amp;written it down and locked it away</source>
        <translation>Tôi đã &amp;ghi mã ra giấy và cất giữ an toàn</translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation>Đã &amp;chép</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>In mã khôi phục</translation>
    </message>
    <message>
        <source>Recovery code of the press accreditation desk</source>
        <translation>Mã khôi phục của bàn cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Made at {time}.</source>
        <translation>Tạo lúc {time}.</translation>
    </message>
    <message>
        <source>This is the desk&apos;s recovery code. If every officer who can issue passes forgets the password or leaves, an administrator types this code to take back the signing key, without which no pass can be issued. Anyone holding it can do the same, so keep it like the key of a safe.</source>
        <translation>Đây là mã khôi phục của bàn cấp thẻ. Nếu mọi cán bộ cấp thẻ đều quên mật khẩu hoặc chuyển công tác, quản trị viên gõ mã này để lấy lại khóa ký — thiếu khóa ký thì không cấp được thẻ nào. Ai có mã cũng làm được như vậy, nên hãy giữ mã như giữ chìa khóa két sắt.</translation>
    </message>
</context>
<context>
    <name>ReporterChooser</name>
    <message>
        <source>Choose a reporter</source>
        <translation>Chọn phóng viên</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Name, press card, CCCD or phone</source>
        <translation>Họ tên, số thẻ nhà báo, CCCD hoặc điện thoại</translation>
    </message>
    <message>
        <source>Reporters found</source>
        <translation>Phóng viên tìm được</translation>
    </message>
    <message>
        <source>&amp;All reporters</source>
        <translation>Tất cả &amp;phóng viên</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReporterDetail</name>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <source>Reporter saved.</source>
        <translation>Đã lưu hồ sơ phóng viên.</translation>
    </message>
    <message>
        <source>Status saved.</source>
        <translation>Đã lưu trạng thái.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Đã lưu ảnh.</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>Đang lưu ảnh…</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Từ &amp;tệp ảnh…</translation>
    </message>
    <message>
        <source>From the &amp;webcam…</source>
        <translation>Chụp bằng &amp;webcam…</translation>
    </message>
    <message>
        <source>Pass issued.</source>
        <translation>Đã cấp thẻ.</translation>
    </message>
    <message>
        <source>Print the new pass now?</source>
        <translation>In thẻ vừa cấp ngay bây giờ?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Consent: not recorded</source>
        <translation>Đồng ý xử lý dữ liệu: chưa ghi nhận</translation>
    </message>
    <message>
        <source>Consent: {when_and_how}</source>
        <translation>Đồng ý xử lý dữ liệu: {when_and_how}</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Xuất toàn bộ dữ liệu về {name}</translation>
    </message>
    <message>
        <source>personal-data-{id}.zip</source>
        <translation>du-lieu-ca-nhan-{id}.zip</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Tệp nén ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the personal data…</source>
        <translation>Đang xuất dữ liệu cá nhân…</translation>
    </message>
    <message>
        <source>Personal data exported to {file} (the export is recorded).</source>
        <translation>Đã xuất dữ liệu cá nhân ra tệp {file} (việc xuất được ghi lại).</translation>
    </message>
</context>
<context>
    <name>ReporterEditor</name>
    <message>
        <source>Reporter</source>
        <translation>Phóng viên</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Chức danh:</translation>
    </message>
    <message>
        <source>e.g. reporter, editor, camera operator</source>
        <translation>ví dụ: phóng viên, biên tập viên, quay phim</translation>
    </message>
    <message>
        <source>Press &amp;card no.:</source>
        <translation>&amp;Số thẻ nhà báo:</translation>
    </message>
    <message>
        <source>Card e&amp;xpiry:</source>
        <translation>Hạ&amp;n thẻ:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Citizen I&amp;D (CCCD):</source>
        <translation>Số CCC&amp;D:</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện th&amp;oại:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Ngày s&amp;inh:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <source>Photo from fi&amp;le…</source>
        <translation>Ảnh từ tệ&amp;p…</translation>
    </message>
    <message>
        <source>Take with &amp;webcam…</source>
        <translation>Chụp bằng &amp;webcam…</translation>
    </message>
    <message>
        <source>Saving the reporter…</source>
        <translation>Đang lưu hồ sơ phóng viên…</translation>
    </message>
    <message>
        <source>New reporter</source>
        <translation>Thêm phóng viên</translation>
    </message>
    <message>
        <source>Reporter: {name}</source>
        <translation>Phóng viên: {name}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Add a press agency first</source>
        <translation>Hãy thêm cơ quan báo chí trước</translation>
    </message>
    <message>
        <source>Choose the agency</source>
        <translation>Chọn cơ quan</translation>
    </message>
    <message>
        <source>P&amp;urpose of processing:</source>
        <translation>Mục đích &amp;xử lý:</translation>
    </message>
    <message>
        <source>Why the desk holds this reporter&apos;s personal data; left empty, the desk&apos;s own purpose is recorded</source>
        <translation>Lý do lưu giữ dữ liệu cá nhân của phóng viên; để trống thì ghi mục đích chung của bộ phận cấp thẻ</translation>
    </message>
    <message>
        <source>Consent d&amp;ate:</source>
        <translation>Ngà&amp;y đồng ý:</translation>
    </message>
    <message>
        <source>Wa&amp;y of consent:</source>
        <translation>Hình thức đồng ý (&amp;K):</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi nhận)</translation>
    </message>
    <message>
        <source>the desk&apos;s own purpose</source>
        <translation>mục đích chung của bộ phận cấp thẻ</translation>
    </message>
</context>
<context>
    <name>ReporterImportPage</name>
    <message>
        <source>Choose the agency&apos;s list of reporters</source>
        <translation>Chọn danh sách phóng viên do cơ quan báo chí gửi</translation>
    </message>
    <message>
        <source>Lists of reporters (*.csv *.xlsx *.xls *.ods *.txt)</source>
        <translation>Danh sách phóng viên (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <source>Field of column {number}</source>
        <translation>Trường dữ liệu của cột {number}</translation>
    </message>
    <message>
        <source>Importing {count} reporter(s)…</source>
        <translation>Đang nhập {count} phóng viên…</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) imported from {file}.</source>
        <translation>
            <numerusform>Đã nhập %n phóng viên từ tệp {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Nhậ&amp;p</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n reporter(s)</source>
        <translation>
            <numerusform>Nhậ&amp;p %n phóng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>trang “{sheet}”</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>bảng mã {encoding}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>columns separated by {delimiter}</source>
        <translation>các cột cách nhau bởi {delimiter}</translation>
    </message>
    <message>
        <source>headings on row {row}</source>
        <translation>tiêu đề ở dòng {row}</translation>
    </message>
    <message>
        <source>columns recognised from their headings</source>
        <translation>nhận biết cột theo tiêu đề</translation>
    </message>
    <message>
        <source>columns as set for this list last time</source>
        <translation>cột theo cách đã chọn cho mẫu danh sách này lần trước</translation>
    </message>
    <message>
        <source>columns as you set them</source>
        <translation>cột theo cách bạn đã chọn</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>Đọc được %n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n dòng nhập được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot</source>
        <translation>
            <numerusform>%n dòng không nhập được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n dòng trùng</numerusform>
        </translation>
    </message>
    <message>
        <source>new agencies: {names}</source>
        <translation>cơ quan báo chí mới: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) left out</source>
        <translation>
            <numerusform>bỏ qua %n dòng trống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) imported.</source>
        <translation>
            <numerusform>Đã nhập %n phóng viên.</numerusform>
        </translation>
    </message>
    <message>
        <source>New agencies: {names}.</source>
        <translation>Cơ quan báo chí mới: {names}.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Không nhập:</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>dòng {row}: {reason}</translation>
    </message>
    <message>
        <source>Choose the list an agency sent (CSV or Excel). Nothing is written until you press “Import”: first you see how each column is read and what each row will become.</source>
        <translation>Chọn danh sách cơ quan báo chí gửi đến (CSV hoặc Excel). Chưa có gì được ghi cho đến khi bạn bấm “Nhập”: trước hết bạn xem từng cột được đọc thế nào và mỗi dòng sẽ thành hồ sơ ra sao.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Theo tệp</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tự nhận biết</translation>
    </message>
    <message>
        <source>found by itself</source>
        <translation>tự tìm</translation>
    </message>
</context>
<context>
    <name>ReporterStatusDialog</name>
    <message>
        <source>Saving the status…</source>
        <translation>Đang lưu trạng thái…</translation>
    </message>
    <message>
        <source>Current status: {status}</source>
        <translation>Trạng thái hiện tại: {status}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Reporter status</source>
        <translation>Trạng thái phóng viên</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <source>&amp;Active: may receive field passes</source>
        <translation>&amp;Hoạt động: được cấp thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>S&amp;uspended: no new passes, checkpoints refuse current ones</source>
        <translation>&amp;Tạm đình chỉ: không cấp thẻ mới, chốt kiểm soát từ chối thẻ đang có</translation>
    </message>
    <message>
        <source>&amp;Blacklisted: refused until an officer reinstates</source>
        <translation>&amp;Danh sách đen: bị từ chối cho tới khi cán bộ khôi phục</translation>
    </message>
    <message>
        <source>&amp;Reason (required to suspend or blacklist):</source>
        <translation>Lý d&amp;o (bắt buộc khi tạm đình chỉ hoặc đưa vào danh sách đen):</translation>
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
        <source>Live passes</source>
        <translation>Thẻ hiệu lực</translation>
    </message>
</context>
<context>
    <name>ReportersPage</name>
    <message>
        <source>Expired</source>
        <translation>Đã hết hạn</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Hết hạn trong 30 ngày tới</translation>
    </message>
    <message>
        <source>Reading the reporter registry…</source>
        <translation>Đang đọc danh sách phóng viên…</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Mọi hạn thẻ</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n reporter(s)</source>
        <translation>
            <numerusform>Hơn %n phóng viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n phóng viên</numerusform>
        </translation>
    </message>
    <message>
        <source>No reporter matches this search and these filters. Clear the search box and choose “All” in the filters to see the whole registry.</source>
        <translation>Không có phóng viên nào khớp với nội dung tìm và bộ lọc. Xóa ô tìm kiếm và chọn “Tất cả” ở các bộ lọc để xem toàn bộ danh sách.</translation>
    </message>
    <message>
        <source>No reporter is registered yet. Press “Add reporter…” (Ctrl+N) to register the first one.</source>
        <translation>Chưa có phóng viên nào. Bấm “Thêm phóng viên…” (Ctrl+N) để đăng ký người đầu tiên.</translation>
    </message>
    <message>
        <source>No reporter is registered yet. An accreditation officer registers them.</source>
        <translation>Chưa có phóng viên nào. Cán bộ cấp thẻ sẽ đăng ký phóng viên.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>Name, press card, citizen ID or phone (accents optional)</source>
        <translation>Họ tên, số thẻ nhà báo, CCCD hoặc điện thoại (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Press &amp;card:</source>
        <translation>Thẻ nhà &amp;báo:</translation>
    </message>
    <message>
        <source>&amp;Add reporter…</source>
        <translation>Thêm phóng &amp;viên…</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Danh sách phóng viên</translation>
    </message>
    <message>
        <source>Choose a reporter in the list to see the record, the passes and the history of changes.</source>
        <translation>Chọn một phóng viên trong danh sách để xem hồ sơ, thẻ tác nghiệp và lịch sử thay đổi.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức danh:</translation>
    </message>
    <message>
        <source>Press card no.:</source>
        <translation>Số thẻ nhà báo:</translation>
    </message>
    <message>
        <source>Card expiry:</source>
        <translation>Hạn thẻ:</translation>
    </message>
    <message>
        <source>Citizen ID:</source>
        <translation>Số CCCD:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Ph&amp;oto…</source>
        <translation>Ản&amp;h…</translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation>Đổi trạng thá&amp;i…</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Passes of this reporter</source>
        <translation>Thẻ tác nghiệp của phóng viên này</translation>
    </message>
    <message>
        <source>No field pass has been issued to this reporter yet.</source>
        <translation>Phóng viên này chưa được cấp thẻ tác nghiệp nào.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>History of changes to this record</source>
        <translation>Lịch sử thay đổi của hồ sơ này</translation>
    </message>
    <message>
        <source>&amp;Issue a pass…</source>
        <translation>&amp;Cấp thẻ…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>&amp;Xuất dữ liệu cá nhân…</translation>
    </message>
    <message>
        <source>Everything held about this reporter in one file, for a request under the personal data law</source>
        <translation>Toàn bộ dữ liệu đang lưu về phóng viên trong một tệp, để trả lời yêu cầu theo luật bảo vệ dữ liệu cá nhân</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Cooperation report</source>
        <translation>Báo cáo phối hợp</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Nă&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quý:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Tớ&amp;i ngày:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Sự kiện:</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Số &amp;văn bản:</translation>
    </message>
    <message>
        <source>left blank for the registry</source>
        <translation>để trống cho văn thư ghi</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Đị&amp;a danh:</translation>
    </message>
    <message>
        <source>&amp;Signer&apos;s title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <source>Checkpoint briefing sheet</source>
        <translation>Danh sách kiểm soát tại cổng</translation>
    </message>
    <message>
        <source>&amp;Event or site:</source>
        <translation>&amp;Sự kiện, địa điểm:</translation>
    </message>
    <message>
        <source>Every pass that would open the gate now, with photo, name, agency, zones and serial, in Vietnamese name order: the paper list the gate works from if the scanner or the laptop fails.</source>
        <translation>Mọi thẻ tác nghiệp đang còn hiệu lực, kèm ảnh, họ tên, cơ quan báo chí, khu vực và số thẻ, xếp theo tên: danh sách giấy để chốt kiểm soát làm việc khi máy quét hoặc máy tính gặp sự cố.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <source>Preview of the briefing sheet</source>
        <translation>Xem trước danh sách kiểm soát</translation>
    </message>
    <message>
        <source>Counting the report&apos;s figures…</source>
        <translation>Đang tổng hợp số liệu báo cáo…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries} entries at the gates, {access} accesses recorded, {reporters} reporters served.</source>
        <translation>{entries} lượt vào qua cổng, {access} lượt tiếp cận được ghi nhận, {reporters} phóng viên được phục vụ.</translation>
    </message>
    <message>
        <source>cooperation-report</source>
        <translation>bao-cao-phoi-hop</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the cooperation report</source>
        <translation>Lưu báo cáo phối hợp</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Đang lưu báo cáo…</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Đã lưu thành tệp {file}.</translation>
    </message>
    <message>
        <source>Drawing the briefing sheet…</source>
        <translation>Đang lập danh sách kiểm soát…</translation>
    </message>
    <message numerus="yes">
        <source>%n valid pass(es)</source>
        <translation>
            <numerusform>%n thẻ còn hiệu lực</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (revoked, expired or reporter blocked)</source>
        <translation>
            <numerusform>không đưa vào %n thẻ (đã thu hồi, hết hiệu lực hoặc phóng viên bị đình chỉ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the briefing sheet</source>
        <translation>Lưu danh sách kiểm soát</translation>
    </message>
    <message>
        <source>briefing-sheet-{event}.pdf</source>
        <translation>danh-sach-kiem-soat-{event}.pdf</translation>
    </message>
    <message>
        <source>Saving the briefing sheet…</source>
        <translation>Đang lưu danh sách kiểm soát…</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>Một quý</translation>
    </message>
    <message>
        <source>One event, all of it</source>
        <translation>Trọn một sự kiện</translation>
    </message>
    <message>
        <source>From day to day</source>
        <translation>Từ ngày đến ngày</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>Quý {number}</translation>
    </message>
    <message>
        <source>Choose the event</source>
        <translation>Chọn sự kiện</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Choose the period and press “Preview”: the pages appear here as they will be printed.</source>
        <translation>Chọn kỳ báo cáo rồi bấm “Xem trước”: các trang hiện ra ở đây đúng như khi in.</translation>
    </message>
    <message>
        <source>Choose the event and press “Preview”.</source>
        <translation>Chọn sự kiện rồi bấm “Xem trước”.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>{path} (no such file)</source>
        <translation>{path} (không có tệp này)</translation>
    </message>
    <message>
        <source>{path} ({size}, last changed at {time})</source>
        <translation>{path} ({size}, sửa lần cuối lúc {time})</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?</source>
        <translation>Khôi phục bản sao lưu {backup}?</translation>
    </message>
    <message>
        <source>The damaged database {current} will be replaced by it.</source>
        <translation>Cơ sở dữ liệu bị hỏng {current} sẽ được thay bằng bản này.</translation>
    </message>
    <message>
        <source>The current database {current} will be replaced by it: every change made since the backup was taken is no longer in the desk.</source>
        <translation>Cơ sở dữ liệu hiện tại {current} sẽ được thay bằng bản này: mọi thay đổi từ lúc sao lưu đến nay sẽ không còn trong bàn cấp thẻ.</translation>
    </message>
    <message>
        <source>The replaced file is kept aside, beside the database, so nothing is lost. The desk must be closed on every other computer using this database. Afterwards everyone signs in again.</source>
        <translation>Tệp bị thay được giữ lại bên cạnh cơ sở dữ liệu, nên không mất gì. Phải đóng bàn cấp thẻ trên mọi máy khác đang dùng cơ sở dữ liệu này. Sau đó mọi người đăng nhập lại.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Vẫn khôi phục</translation>
    </message>
    <message>
        <source>Someone may have changed this file outside the desk. Restore it only if you know where it comes from; the differences found are:</source>
        <translation>Có thể ai đó đã sửa tệp này ngoài phần mềm. Chỉ khôi phục khi bạn biết rõ nguồn gốc của tệp; các điểm sai lệch tìm thấy:</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Đã khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup was restored. The replaced database was kept as {path}.</source>
        <translation>Đã khôi phục bản sao lưu. Cơ sở dữ liệu bị thay được giữ lại tại {path}.</translation>
    </message>
</context>
<context>
    <name>RevokePassesDialog</name>
    <message>
        <source>Revoke field passes</source>
        <translation>Thu hồi thẻ tác nghiệp</translation>
    </message>
    <message>
        <source>Passes to revoke</source>
        <translation>Các thẻ sẽ thu hồi</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept with each pass):</source>
        <translation>&amp;Lý do (bắt buộc, lưu kèm từng thẻ):</translation>
    </message>
    <message>
        <source>The passes stay in the list, marked revoked; checkpoints refuse them once they know of it (a checkpoint laptop after its next package).</source>
        <translation>Thẻ vẫn nằm trong danh sách, được đánh dấu đã thu hồi; chốt kiểm soát từ chối thẻ khi đã biết việc thu hồi (máy chốt kiểm soát độc lập: sau khi nạp gói dữ liệu mới).</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Đang thu hồi…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n pass(es)? The holder can no longer pass a checkpoint with it.</source>
        <translation>
            <numerusform>Thu hồi %n thẻ? Người giữ thẻ sẽ không qua được chốt kiểm soát bằng thẻ này nữa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n pass(es)</source>
        <translation>
            <numerusform>&amp;Thu hồi %n thẻ</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ScanSources</name>
    <message>
        <source>USB scanner (types like a keyboard)</source>
        <translation>Máy quét USB (gõ như bàn phím)</translation>
    </message>
    <message>
        <source>Serial scanner on {port}, {baud} bps</source>
        <translation>Máy quét ở cổng {port}, {baud} bps</translation>
    </message>
    <message>
        <source>No scanner on {port}: plug it in; it is picked up by itself.</source>
        <translation>Chưa có máy quét ở cổng {port}: hãy cắm vào, phần mềm sẽ tự nhận.</translation>
    </message>
    <message>
        <source>Serial scanner on {port} ({baud} bps) is ready.</source>
        <translation>Máy quét ở cổng {port} ({baud} bps) đã sẵn sàng.</translation>
    </message>
    <message>
        <source>{port} is in use by another program or this account may not open it.</source>
        <translation>Cổng {port} đang bị chương trình khác dùng, hoặc tài khoản này không được phép mở.</translation>
    </message>
    <message>
        <source>{port} cannot be opened: {detail}</source>
        <translation>Không mở được cổng {port}: {detail}</translation>
    </message>
    <message>
        <source>The scanner on {port} was disconnected. Plug it back in: it resumes by itself.</source>
        <translation>Máy quét ở cổng {port} đã bị ngắt. Hãy cắm lại: việc quét sẽ tự tiếp tục.</translation>
    </message>
    <message>
        <source>The scanner on {port} reported a problem: {detail}</source>
        <translation>Máy quét ở cổng {port} báo lỗi: {detail}</translation>
    </message>
    <message>
        <source>Webcam (none found)</source>
        <translation>Webcam (không tìm thấy)</translation>
    </message>
    <message>
        <source>Webcam {name}</source>
        <translation>Quét bằng webcam {name}</translation>
    </message>
    <message>
        <source>No webcam was found on this computer. Plug one in, or use a USB or serial scanner.</source>
        <translation>Không tìm thấy webcam nào trên máy này. Hãy cắm webcam vào, hoặc dùng máy quét USB hay máy quét cổng nối tiếp.</translation>
    </message>
    <message>
        <source>Starting the webcam {name}…</source>
        <translation>Đang bật webcam {name}…</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Hình ảnh từ webcam</translation>
    </message>
    <message>
        <source>The webcam reported a problem: {detail}</source>
        <translation>Webcam báo lỗi: {detail}</translation>
    </message>
    <message>
        <source>Webcam {name} is on: hold the pass&apos;s QR code up to it.</source>
        <translation>Webcam {name} đã bật: hãy đưa mã QR trên thẻ tác nghiệp lên trước webcam.</translation>
    </message>
    <message>
        <source>The webcam stopped (unplugged?). Choose it again once it is back.</source>
        <translation>Webcam đã ngừng (bị rút ra?). Khi cắm lại, hãy chọn lại webcam.</translation>
    </message>
</context>
<context>
    <name>ScannerSetupDialog</name>
    <message>
        <source>Scanner at this gate</source>
        <translation>Thiết bị quét tại cổng này</translation>
    </message>
    <message>
        <source>How are passes read at this gate?</source>
        <translation>Tại cổng này, thẻ tác nghiệp được đọc bằng thiết bị nào?</translation>
    </message>
    <message>
        <source>&amp;USB scanner that types like a keyboard</source>
        <translation>Máy quét &amp;USB (gõ như bàn phím)</translation>
    </message>
    <message>
        <source>always ready</source>
        <translation>luôn sẵn sàng</translation>
    </message>
    <message>
        <source>&amp;Serial scanner (COM port)</source>
        <translation>Máy quét cổng &amp;nối tiếp (cổng COM)</translation>
    </message>
    <message>
        <source>&amp;Webcam</source>
        <translation>&amp;Webcam (máy ảnh)</translation>
    </message>
    <message>
        <source>Plug the scanner in and scan: there is nothing to set up. Codes are taken anywhere in the checkpoint window, even while another dialog is open. If a scan comes out as letters instead of digits, switch the Vietnamese input method off (UniKey: EN).</source>
        <translation>Cắm máy quét vào và quét: không cần cài đặt gì. Mã quét được nhận ở mọi nơi trong cửa sổ kiểm soát, kể cả khi đang mở một hộp thoại khác. Nếu mã quét ra chữ cái thay vì chữ số, hãy tắt bộ gõ tiếng Việt (UniKey: chuyển sang EN).</translation>
    </message>
    <message>
        <source>No serial port was found on this computer. Plug the scanner in (its driver may need installing), then press Look again.</source>
        <translation>Không tìm thấy cổng nối tiếp nào trên máy này. Hãy cắm máy quét vào (có thể cần cài trình điều khiển), rồi bấm Tìm lại.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Tìm lại</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>Tốc độ t&amp;ruyền:</translation>
    </message>
    <message>
        <source>&amp;End of a code:</source>
        <translation>&amp;Kết thúc mã:</translation>
    </message>
    <message>
        <source>The speed and the end of a code are in the scanner&apos;s manual (most send 9600 bps and Enter). No keyboard layout or input method can change what a serial scanner sends.</source>
        <translation>Tốc độ và ký tự kết thúc mã có trong hướng dẫn sử dụng của máy quét (đa số là 9600 bps và Enter). Kiểu bàn phím hay bộ gõ tiếng Việt không làm thay đổi được những gì máy quét cổng nối tiếp gửi.</translation>
    </message>
    <message>
        <source>No webcam was found on this computer. Plug one in, then press Look again; or use a USB or serial scanner.</source>
        <translation>Không tìm thấy webcam nào trên máy này. Hãy cắm webcam vào rồi bấm Tìm lại, hoặc dùng máy quét USB hay máy quét cổng nối tiếp.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Máy ảnh:</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Hình ảnh từ webcam</translation>
    </message>
    <message>
        <source>{rate} bps</source>
        <translation>{rate} bit/giây</translation>
    </message>
    <message>
        <source>none found on this computer</source>
        <translation>không tìm thấy trên máy này</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n cổng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n webcam</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this scanner</source>
        <translation>Dùng thiết bị này</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Enter (CR / LF)</source>
        <translation>Phím Enter (CR / LF)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Phím Tab</translation>
    </message>
    <message>
        <source>Nothing: a pause ends the code</source>
        <translation>Không có: mã kết thúc khi máy quét ngừng gửi</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation (printed on passes)</source>
        <translation>Cơ quan (in trên thẻ)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Tên cơ &amp;quan:</translation>
    </message>
    <message>
        <source>e.g. CÔNG AN TỈNH THANH HÓA</source>
        <translation>ví dụ: CÔNG AN TỈNH THANH HÓA</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>Tên &amp;phòng:</translation>
    </message>
    <message>
        <source>e.g. PHÒNG THAM MƯU</source>
        <translation>ví dụ: PHÒNG THAM MƯU</translation>
    </message>
    <message>
        <source>Serial prefi&amp;x:</source>
        <translation>Tiền tố &amp;số thẻ:</translation>
    </message>
    <message>
        <source>Keep personal data (&amp;years):</source>
        <translation>Số năm giữ dữ liệu &amp;cá nhân:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Use another &amp;database file…</source>
        <translation>Dùng tệp cơ sở dữ liệu &amp;khác…</translation>
    </message>
    <message>
        <source>Use a &amp;PostgreSQL server…</source>
        <translation>Dùng máy chủ Postg&amp;reSQL…</translation>
    </message>
    <message>
        <source>Use the default locatio&amp;n</source>
        <translation>Dùng vị trí &amp;mặc định</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Đang lưu cài đặt…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Chọn tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Desk databases (*.sqlite *.db)</source>
        <translation>Cơ sở dữ liệu bàn cấp thẻ (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Máy chủ PostgreSQL</translation>
    </message>
    <message>
        <source>The server&apos;s address, as the administrator of the server gives it, e.g. postgresql+psycopg://desk@10.0.0.5/accred</source>
        <translation>Địa chỉ máy chủ do người quản trị máy chủ cung cấp, ví dụ postgresql+psycopg://desk@10.0.0.5/accred</translation>
    </message>
    <message>
        <source>“{text}” is not the address of a PostgreSQL database. It reads like postgresql+psycopg://user@server/database.</source>
        <translation>“{text}” không phải địa chỉ của một cơ sở dữ liệu PostgreSQL. Địa chỉ có dạng postgresql+psycopg://người-dùng@máy-chủ/cơ-sở-dữ-liệu.</translation>
    </message>
    <message>
        <source>Restart the desk to use the chosen database.</source>
        <translation>Hãy khởi động lại phần mềm để dùng cơ sở dữ liệu đã chọn.</translation>
    </message>
    <message>
        <source>This window uses {location}.</source>
        <translation>Cửa sổ này đang dùng {location}.</translation>
    </message>
    <message>
        <source>It was chosen when the desk was started (a start-up option or the ACCRED_DB setting of this computer), which comes before the choice made here.</source>
        <translation>Cơ sở dữ liệu này được chỉ định khi mở phần mềm (tùy chọn lúc khởi động hoặc biến ACCRED_DB của máy), vốn được ưu tiên hơn lựa chọn ở đây.</translation>
    </message>
    <message>
        <source>The desk opens the default database, in the user&apos;s data folder.</source>
        <translation>Phần mềm mở cơ sở dữ liệu mặc định, trong thư mục dữ liệu của người dùng.</translation>
    </message>
    <message>
        <source>From the next start the desk opens {target}.</source>
        <translation>Từ lần mở sau, phần mềm sẽ mở {target}.</translation>
    </message>
    <message>
        <source>Restart the desk to use it.</source>
        <translation>Hãy khởi động lại phần mềm để dùng cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>The names are printed on every pass and report; passes are numbered PREFIX-YEAR-NUMBER. After the retention period a reporter&apos;s personal data is anonymised by the purge.</source>
        <translation>Các tên này được in trên mọi thẻ và báo cáo; số thẻ có dạng TIỀNTỐ-NĂM-SỐ. Hết thời hạn lưu giữ, dữ liệu cá nhân của phóng viên được ẩn danh khi xóa dữ liệu quá hạn.</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Chỉ quản trị viên mới thay đổi được các thiết lập này.</translation>
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
    <message>
        <source>Checking the password…</source>
        <translation>Đang kiểm tra mật khẩu…</translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Passes are signed with the newest key; checkpoints verify every key listed here, so passes signed with an older key stay valid. Read a fingerprint aloud group by group to compare it with a checkpoint&apos;s.</source>
        <translation>Thẻ mới được ký bằng khóa mới nhất; chốt kiểm soát kiểm tra được mọi khóa trong danh sách này, nên thẻ ký bằng khóa cũ vẫn có giá trị. Đọc to dấu vân tay từng nhóm để đối chiếu với máy chốt kiểm soát.</translation>
    </message>
    <message>
        <source>&amp;Make a new signing key…</source>
        <translation>&amp;Tạo khóa ký mới…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Signs new passes</source>
        <translation>Ký thẻ mới</translation>
    </message>
    <message>
        <source>Verifies only (since {time})</source>
        <translation>Chỉ kiểm tra (từ {time})</translation>
    </message>
    <message>
        <source>Verifies only</source>
        <translation>Chỉ kiểm tra</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Dùng để</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Make a new signing key?</source>
        <translation>Tạo khóa ký mới?</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Tạo khóa mới</translation>
    </message>
    <message>
        <source>New passes will be signed with the new key. Passes already issued and printed stay valid: every checkpoint keeps verifying the old key. Checkpoint laptops need a new package (with the new public key) before they can check passes issued from now on.</source>
        <translation>Thẻ cấp từ nay được ký bằng khóa mới. Thẻ đã cấp và đã in vẫn có giá trị: mọi chốt kiểm soát vẫn kiểm tra được khóa cũ. Máy chốt kiểm soát độc lập cần nạp gói dữ liệu mới (có khóa công khai mới) thì mới kiểm tra được thẻ cấp từ nay.</translation>
    </message>
    <message>
        <source>Making a new signing key…</source>
        <translation>Đang tạo khóa ký mới…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Sign in again to work on it.</source>
        <translation>Hãy đăng nhập lại để làm việc tiếp.</translation>
    </message>
    <message>
        <source>Use the default database</source>
        <translation>Dùng cơ sở dữ liệu mặc định</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This location was chosen in the settings. The desk can open its default database from the next start instead.</source>
        <translation>Vị trí này được chọn trong phần cài đặt. Từ lần mở sau, phần mềm có thể mở cơ sở dữ liệu mặc định thay thế.</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>Không tìm thấy bản sao lưu nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>StationExportDialog</name>
    <message>
        <source>Prepare a checkpoint laptop</source>
        <translation>Chuẩn bị máy chốt kiểm soát</translation>
    </message>
    <message>
        <source>Writes two files into a folder you choose, to copy onto the checkpoint laptop: the station package (this event&apos;s passes and revocations, the reporters&apos; names and photos, the checkpoint officers; signed by the desk) and the desk&apos;s public keys. No private key leaves the desk.</source>
        <translation>Ghi hai tệp vào thư mục bạn chọn để chép sang máy chốt kiểm soát: gói dữ liệu của chốt (thẻ và thẻ đã thu hồi của sự kiện này, tên và ảnh phóng viên, cán bộ chốt kiểm soát; có chữ ký của bàn cấp thẻ) và các khóa công khai của bàn cấp thẻ. Khóa bí mật không bao giờ rời bàn cấp thẻ.</translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation>Nội dung gói dữ liệu</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Lập lúc:</translation>
    </message>
    <message>
        <source>Passes:</source>
        <translation>Thẻ:</translation>
    </message>
    <message>
        <source>Reporters:</source>
        <translation>Phóng viên:</translation>
    </message>
    <message>
        <source>Checkpoint officers:</source>
        <translation>Cán bộ chốt kiểm soát:</translation>
    </message>
    <message>
        <source>Public keys:</source>
        <translation>Khóa công khai:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Fingerprint of the desk&apos;s signing key</source>
        <translation>Dấu vân tay khóa ký của bàn cấp thẻ</translation>
    </message>
    <message>
        <source>Choose a folder and &amp;write…</source>
        <translation>Chọn thư mục và &amp;ghi…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Folder for the checkpoint laptop&apos;s files</source>
        <translation>Thư mục chứa các tệp cho máy chốt kiểm soát</translation>
    </message>
    <message>
        <source>Writing the station package…</source>
        <translation>Đang ghi gói dữ liệu của chốt…</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n thẻ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n đã thu hồi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n phóng viên</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n ảnh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n đã khóa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n khóa</numerusform>
        </translation>
    </message>
    <message>
        <source>In {folder}:</source>
        <translation>Trong thư mục {folder}:</translation>
    </message>
    <message>
        <source>On the first import the checkpoint laptop shows the fingerprint of the key that signed the package ({key}). Its officer must read it back and find it exactly as here:</source>
        <translation>Khi nạp gói lần đầu, máy chốt kiểm soát hiện dấu vân tay của khóa đã ký gói ({key}). Cán bộ ở chốt phải đọc lại và thấy trùng khớp hoàn toàn với dãy dưới đây:</translation>
    </message>
    <message>
        <source>Write &amp;again…</source>
        <translation>&amp;Ghi lại…</translation>
    </message>
</context>
<context>
    <name>UnitEditor</name>
    <message>
        <source>Police unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>e.g. PA01-DBC</source>
        <translation>ví dụ: PA01-DBC</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>Trực thuộ&amp;c:</translation>
    </message>
    <message>
        <source>Saving the unit…</source>
        <translation>Đang lưu đơn vị…</translation>
    </message>
    <message>
        <source>New police unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Rename the unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>Move the unit</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>(top level: no parent unit)</source>
        <translation>(cấp cao nhất: không trực thuộc đơn vị nào)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>Name or code (accents optional)</source>
        <translation>Tên hoặc mã (gõ có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>Thêm đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-unit…</source>
        <translation>Thêm đơn vị t&amp;rực thuộc…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Chuyển…</translation>
    </message>
    <message>
        <source>Police units</source>
        <translation>Cây đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit matches this search. Clear the search box to see the tree.</source>
        <translation>Không có đơn vị nào khớp với nội dung tìm. Xóa ô tìm kiếm để xem cả cây đơn vị.</translation>
    </message>
    <message>
        <source>No police unit is registered yet. Press “Add unit…” (Ctrl+N) to add the provincial police, then its offices and teams under it.</source>
        <translation>Chưa có đơn vị nào. Bấm “Thêm đơn vị…” (Ctrl+N) để thêm Công an tỉnh, rồi các phòng, đội trực thuộc.</translation>
    </message>
    <message>
        <source>No police unit is registered yet.</source>
        <translation>Chưa có đơn vị nào.</translation>
    </message>
    <message>
        <source>Police unit saved.</source>
        <translation>Đã lưu đơn vị.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Qu&amp;ay lại</translation>
    </message>
    <message>
        <source>Back to the page read before (Alt+Left)</source>
        <translation>Trở về trang vừa đọc (Alt+Trái)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Đi tiếp trang sau (Alt+Phải)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Mục lục</translation>
    </message>
    <message>
        <source>The start of the guide, with its table of contents</source>
        <translation>Đầu tài liệu hướng dẫn, có mục lục</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>Bản cài đặt này thiếu tài liệu hướng dẫn sử dụng ({path}).</translation>
    </message>
</context>
<context>
    <name>ZoneEditModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(tự động)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>The zone&apos;s place in the pass code; set by the software.</source>
        <translation>Vị trí của khu vực trong mã thẻ; do phần mềm đặt.</translation>
    </message>
</context>
<context>
    <name>ZoneTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Khu vực</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Vị trí</translation>
    </message>
</context>
</TS>
