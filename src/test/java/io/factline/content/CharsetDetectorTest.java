package io.factline.content;

import io.factline.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsetDetectorTest {
    @Test
    void decodesAGbkPageThatDeclaresGb2312() throws Exception {
        byte[] page = Files.readAllBytes(TestData.corpora().resolve("pages/sohu-business-gbk.html"));
        DecodedPage d = CharsetDetector.decode(page, null);
        assertEquals("GB18030", d.encoding());
        assertTrue(d.text().contains("宝洁集团公关总监"), "GBK text decoded");
    }

    @Test
    void trustsTheBytesOverAWrongDeclaration() {
        String html = "<html><head><meta charset=\"gb2312\"></head><body><p>抖音日活跃用户突破6亿</p></body></html>";
        DecodedPage d = CharsetDetector.decode(html.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("UTF-8", d.encoding());
        assertTrue(d.text().contains("抖音日活跃用户突破6亿"));
    }

    @Test
    void recognisesGbkWithoutAnyDeclaration() {
        String html = "<html><body><p>字节跳动2021年全年收入约为580亿美元，同比增长70%。按照最新人民币汇率计算，"
                + "相当于字节跳动每日收入进账10.07亿元人民币。</p></body></html>";
        DecodedPage d = CharsetDetector.decode(html.getBytes(Charset.forName("GBK")), null);
        assertTrue(d.text().contains("字节跳动2021年全年收入"), d.encoding() + ": " + d.text());
    }

    @Test
    void usesTheHttpHeaderWhenTheBytesAgree() {
        byte[] latin = "<p>caf\u00e9 cr\u00e8me</p>".getBytes(StandardCharsets.ISO_8859_1);
        DecodedPage d = CharsetDetector.decode(latin, "text/html; charset=ISO-8859-1");
        assertTrue(d.text().contains("café crème"), d.text());
    }

    @Test
    void honoursAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "<p>快手</p>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertEquals("<p>快手</p>", CharsetDetector.decode(all, "text/html; charset=gbk").text());
    }
}
