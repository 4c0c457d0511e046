package com.meterbook;

public final class Main {
    public static void main(String[] args) {
        System.out.println("meterbook");
    }
}
